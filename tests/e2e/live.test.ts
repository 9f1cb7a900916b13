/**
 * Live mode end to end: the live server in-process on 127.0.0.1 serving the
 * test build, a presenter page, a desktop audience page and a 390×844 phone
 * audience page. Three slide changes, a fragment and a black screen are
 * followed; the phone pauses on a manual scroll and resumes on 回到当前页;
 * the speaker view and Q show the live session; nothing leaves 127.0.0.1.
 * Every wait polls (waitForFunction / expect.poll); no fixed sleeps.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deckSlideIds } from '../../scripts/live/deck-ids.ts';
import { startLiveServer, type LiveServer } from '../../scripts/live/server.ts';
import { isLocal, launchBrowser, openDeck, openDeckIn, type OpenDeck } from './helpers.ts';

const ids = deckSlideIds();
const PHONE = { width: 390, height: 844 };

let browser: Browser;
let server: LiveServer;
let presenter: OpenDeck;
let desktop: OpenDeck;
let phone: OpenDeck;
const sockets: string[] = [];

async function open(url: string, viewport: { width: number; height: number }, mobile = false): Promise<OpenDeck> {
  // As openDeck, but listening for sockets before the page loads.
  const context = await browser.newContext(mobile ? { viewport, deviceScaleFactor: 2, isMobile: true, hasTouch: true } : { viewport });
  return openDeckIn(context, url, (page) => page.on('websocket', (ws) => sockets.push(ws.url())));
}

/** Polls a server-side figure inside hooks, where expect.poll is not available; bounded. */
async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The presenter moves with reveal's own API, as its keys would. */
const presenterGo = (index: number) => presenter.page.evaluate((i) => window.Reveal!.slide(i, 0, -1), index);

async function desktopOn(id: string, f = -1): Promise<void> {
  await desktop.page.waitForFunction(
    ([want, wf]) => window.Reveal?.getCurrentSlide()?.id === want && (window.Reveal.getIndices().f ?? -1) === wf,
    [id, f] as const,
    { timeout: 10_000 },
  );
}

/** The phone has the slide at the top of the reading column (smooth scroll finished). */
async function phoneOn(id: string): Promise<void> {
  await phone.page.waitForFunction(
    (want) => {
      const el = document.getElementById(want);
      const top = (el?.closest('.scroll-page') ?? el)?.getBoundingClientRect().top;
      return top !== undefined && Math.abs(top) <= 2;
    },
    id,
    { timeout: 10_000 },
  );
}

const liveState = (page: Page) => page.evaluate(() => document.documentElement.dataset.live ?? '');

beforeAll(async () => {
  server = await startLiveServer({ dir: inject('distDir'), host: '127.0.0.1', port: 0 });
  browser = await launchBrowser();
  presenter = await open(server.presenterUrlFor('127.0.0.1'), { width: 1280, height: 720 });
  await until(() => server.stats().presenters === 1);
  desktop = await open(server.audienceUrlFor('127.0.0.1'), { width: 1280, height: 720 });
  phone = await open(server.audienceUrlFor('127.0.0.1'), PHONE, true);
  await until(() => server.stats().audience === 2);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('live session', () => {
  it('takes the presenter key out of the address and publishes; the audience shows 跟随中', async () => {
    expect(presenter.page.url()).not.toContain(server.secret);
    expect(presenter.page.url()).not.toContain('key=');
    for (const d of [desktop, phone]) {
      await d.page.waitForFunction(() => document.documentElement.dataset.live === 'following');
      expect(await d.page.locator('.live-chip:not([hidden])').textContent()).toBe('跟随中');
    }
    expect(await presenter.page.locator('.live-chip').count()).toBe(0);
  });

  it('follows three slide changes, a fragment and a black screen', async () => {
    for (const index of [4, 9, 1]) {
      await presenterGo(index);
      await desktopOn(ids[index]);
      await phoneOn(ids[index]);
    }
    // ids[1] builds its points one by one.
    await presenter.page.evaluate(() => window.Reveal!.nextFragment());
    await desktopOn(ids[1], 0);
    expect(await desktop.page.locator(`section#${ids[1]} .fragment.visible`).count()).toBe(1);
    await phone.page.waitForFunction((want) => document.documentElement.dataset.liveSlide === want, `${ids[1]}/0`);

    await presenter.page.keyboard.press('b');
    for (const d of [desktop, phone]) {
      await d.page.waitForFunction(() => !document.querySelector<HTMLElement>('.live-paused')?.hidden);
      expect(await d.page.locator('.live-paused').textContent()).toBe('演讲者已暂停画面');
    }
    // Any key brings the presenter's slide back, and the notice goes.
    await presenter.page.keyboard.press('b');
    for (const d of [desktop, phone]) await d.page.waitForFunction(() => document.querySelector<HTMLElement>('.live-paused')?.hidden === true);
  });

  it('the speaker view shows 直播中, the audience count and the audience URL; Q shows the audience QR', async () => {
    const speaker = await presenter.context.newPage();
    await speaker.goto(new URL('?speaker', server.url).href);
    const want = `直播中 · 观众 2 台设备 · ${server.audienceUrlFor('127.0.0.1')}`;
    await speaker.waitForFunction((w) => [...document.querySelectorAll('.sp-badge')].some((b) => b.textContent === w), want, { timeout: 10_000 });
    await speaker.close();

    await presenter.page.keyboard.press('q');
    const fig = presenter.page.locator('.share-qr-big');
    await fig.waitFor();
    expect(await fig.getAttribute('data-url')).toBe(server.audienceUrlFor('127.0.0.1'));
    expect(await fig.locator('figcaption').textContent()).toBe('用手机扫码，跟随演示翻页');
    await presenter.page.keyboard.press('Escape');
  });

  it('the phone pauses on a manual scroll and comes back on 回到当前页', async () => {
    await presenterGo(6);
    await phoneOn(ids[6]);
    await phone.page.mouse.move(200, 400);
    await phone.page.mouse.wheel(0, 900);
    await phone.page.waitForFunction(() => document.documentElement.dataset.live === 'paused');
    const resume = phone.page.locator('button.live-chip');
    expect(await resume.textContent()).toBe('回到当前页');
    expect(await resume.isVisible()).toBe(true);

    // The presenter moves on; the paused phone hears it but stays where its reader is.
    await presenterGo(20);
    await desktopOn(ids[20]);
    await phone.page.waitForFunction((want) => document.documentElement.dataset.liveSlide === want, `${ids[20]}/-1`);
    const far = await phone.page.evaluate((id) => document.getElementById(id)!.closest('.scroll-page')!.getBoundingClientRect().top, ids[20]);
    expect(Math.abs(far)).toBeGreaterThan(PHONE.height);

    await resume.click();
    await phoneOn(ids[20]);
    expect(await liveState(phone.page)).toBe('following');
  });

  it('a desktop reader who moves by hand pauses too, and 回到当前页 brings the presenter slide back', async () => {
    await desktop.page.keyboard.press('ArrowRight');
    await desktop.page.waitForFunction(() => document.documentElement.dataset.live === 'paused');
    await presenterGo(22);
    await desktop.page.waitForFunction((want) => document.documentElement.dataset.liveSlide === want, `${ids[22]}/-1`);
    expect(await desktop.page.evaluate(() => window.Reveal!.getCurrentSlide()?.id)).not.toBe(ids[22]);
    await desktop.page.locator('button.live-chip').click();
    await desktopOn(ids[22]);
  });

  it('a late joiner lands on the presenter slide at once', async () => {
    const late = await open(server.audienceUrlFor('127.0.0.1'), { width: 1280, height: 720 });
    await late.page.waitForFunction((want) => window.Reveal?.getCurrentSlide()?.id === want, ids[22], { timeout: 10_000 });
    await late.context.close();
  });

  it('made no request and opened no socket beyond 127.0.0.1, and logged no error', () => {
    const all = [...presenter.requests, ...desktop.requests, ...phone.requests];
    expect(all.length).toBeGreaterThan(3);
    expect(all.filter((u) => !isLocal(u))).toEqual([]);
    expect(sockets.length).toBeGreaterThanOrEqual(3);
    for (const s of sockets) expect(new URL(s).host).toBe(new URL(server.url).host);
    expect([...presenter.errors, ...desktop.errors, ...phone.errors]).toEqual([]);
  });
});

describe('without the live server', () => {
  it('the static build shows nothing of live mode and opens no socket', async () => {
    const plain = await openDeck(browser, inject('deckUrl'), { width: 1280, height: 720 });
    const opened: string[] = [];
    plain.page.on('websocket', (ws) => opened.push(ws.url()));
    await plain.page.evaluate(() => window.Reveal!.next());
    expect(await plain.page.locator('.live-chip, .live-paused').count()).toBe(0);
    expect(await plain.page.evaluate(() => document.documentElement.dataset.live ?? null)).toBeNull();
    expect(opened).toEqual([]);
    expect(plain.requests.every((u) => !new URL(u).pathname.startsWith('/live'))).toBe(true);
    await plain.context.close();
  });
});
