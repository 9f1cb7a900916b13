/**
 * Presenting as a person does: every clicker press from the first slide to the
 * last (fragments included), at a presenting pace, with a long-task observer in
 * every document of the session (the deck, and with the speaker view open its
 * window and both preview frames: they share the deck's main thread). Each long
 * task is charged to the press before it. Optionally with the CPU throttled
 * (CDP Emulation.setCPUThrottlingRate), standing in for a weak office laptop.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { waitForDeck } from '../lib/wait-for-deck.ts';

export interface PressOptions {
  /** CPU slowdown factor (1: this machine as it is). */
  readonly throttle: number;
  /** Open the speaker view with S and press the clicker in it, as a presenter does. */
  readonly speaker: boolean;
  /** Pause after each press, ms: a speaker talks between presses, and the deck gets its idle time. */
  readonly paceMs: number;
}

export interface PressResult {
  readonly presses: number;
  /** Longest task charged to any press, ms (0: none over 50 ms). */
  readonly longestMs: number;
  /** Presses with at least one task over 50 ms. */
  readonly over50: number;
  /** The worst presses: which slide the press led to, and its longest task. */
  readonly worst: readonly { readonly press: number; readonly slide: string; readonly ms: number }[];
  /** Median time from the first press to the first slide ready, ms: the load under the same throttle. */
  readonly readyMs: number;
}

interface Task {
  readonly at: number;
  readonly ms: number;
}

/** Runs in every document: long tasks and key presses on one clock (epoch ms). Source text: tsx would inject helpers. */
const OBSERVE = `(() => {
  const w = window;
  w.__bench = { tasks: [], keys: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__bench.tasks.push({ at: performance.timeOrigin + e.startTime, ms: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('keydown', () => w.__bench.keys.push(performance.timeOrigin + performance.now()), true);
})()`;

type Collected = { tasks: Task[]; keys: number[] };

async function collect(pages: readonly Page[]): Promise<Collected> {
  const tasks: Task[] = [];
  const keys: number[] = [];
  for (const p of pages) {
    for (const f of p.frames()) {
      const got = await f.evaluate(() => (window as unknown as { __bench?: Collected }).__bench ?? { tasks: [], keys: [] }).catch(() => ({ tasks: [], keys: [] }));
      tasks.push(...got.tasks);
      keys.push(...got.keys);
    }
  }
  // The same task is reported to every same-origin document of the event loop: keep one.
  const unique = new Map<string, Task>();
  for (const t of tasks) unique.set(`${Math.round(t.at)}:${Math.round(t.ms)}`, t);
  return { tasks: [...unique.values()].sort((a, b) => a.at - b.at), keys: keys.sort((a, b) => a - b) };
}

async function throttle(context: BrowserContext, page: Page, rate: number): Promise<void> {
  if (rate <= 1) return;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Presses → slide ids after each, so the report can say where a stutter happened. */
const WHERE = `(() => { const r = window.Reveal; const s = r.getCurrentSlide(); return (s && s.id) || String(r.getIndices().h); })()`;
const AT_END = `(() => { const r = window.Reveal; return r.isLastSlide() && !r.availableFragments().next; })()`;

export async function pressWalk(browser: Browser, url: string, opts: PressOptions): Promise<PressResult> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await context.addInitScript(OBSERVE);
  const deck = await context.newPage();
  await throttle(context, deck, opts.throttle);
  await deck.goto(url);
  await waitForDeck(deck, { timeout: 120_000 });
  const readyMs = await deck.evaluate(() => performance.getEntriesByName('deck-ready')[0]?.startTime ?? NaN);
  // A meeting starts on the cover: the deck has its idle time (ECharts prefetched, nearby fonts) before the first press.
  await deck.waitForLoadState('networkidle');
  await deck.waitForTimeout(2000);
  let clicker = deck;
  if (opts.speaker) {
    const [view] = await Promise.all([context.waitForEvent('page'), deck.keyboard.press('s')]);
    await throttle(context, view, opts.throttle);
    await view.waitForLoadState('load');
    // Both previews have answered once: the view is up.
    await view.waitForFunction(() => document.querySelectorAll('iframe').length >= 2 && !document.querySelector('.sp-badge'), undefined, { timeout: 30_000 }).catch(() => undefined);
    await view.waitForTimeout(2000);
    clicker = view;
  }
  await clicker.bringToFront();
  // Loading is not a slide change: start counting from here.
  const start = Date.now();
  const where: string[] = [];
  let presses = 0;
  while (!(await deck.evaluate<boolean>(AT_END)) && presses < 1000) {
    await clicker.keyboard.press('ArrowRight');
    presses++;
    await clicker.waitForTimeout(opts.paceMs);
    where.push(await deck.evaluate<string>(WHERE));
  }
  const pages = opts.speaker ? [deck, clicker] : [deck];
  const { tasks, keys } = await collect(pages);
  await context.close();
  const pressTimes = keys.filter((k) => k >= start - 50).slice(-presses);
  const perPress = pressTimes.map((at, i) => {
    const until = pressTimes[i + 1] ?? Infinity;
    return Math.max(0, ...tasks.filter((t) => t.at >= at && t.at < until).map((t) => t.ms));
  });
  const worst = perPress
    .map((ms, i) => ({ press: i + 1, slide: where[i] ?? '?', ms: Math.round(ms) }))
    .filter((p) => p.ms > 0)
    .sort((a, b) => b.ms - a.ms)
    .slice(0, Number(process.env.WORST ?? 5));
  return { presses, longestMs: Math.max(0, ...perPress), over50: perPress.filter((ms) => ms > 50).length, worst, readyMs };
}
