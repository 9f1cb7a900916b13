/** Browser measurements: first load, a walk through every slide, long tasks and heap. */
import type { Browser, Page } from 'playwright-core';
import { gzipSize, kindOf, type AssetKind } from './sizes.ts';

export interface FirstLoad {
  readonly byKind: Record<AssetKind, { raw: number; gzip: number; count: number }>;
  readonly totalGzip: number;
}

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.deckReady === 'true' && !!window.Reveal, undefined, { timeout: 30_000 });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/**
 * What the network carried before the cover was ready: every response to a request
 * the page made before its `deck-ready` mark, as transferred with gzip (what a static
 * server with compression sends; woff2 as is). Requests made after it (the neighbours'
 * font slices, the ECharts chunk fetched when idle) are not counted.
 */
export async function firstLoad(browser: Browser, url: string): Promise<FirstLoad> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  const seen: { url: string; started: number; body: Promise<Buffer | null> }[] = [];
  page.on('response', (r) => {
    if (!r.url().startsWith('http')) return;
    seen.push({ url: r.url(), started: r.request().timing().startTime, body: r.body().catch(() => null) });
  });
  await page.goto(url);
  await ready(page);
  // Requests made before ready may still be answering.
  await page.waitForLoadState('networkidle');
  const readyAt = await page.evaluate(() => performance.timeOrigin + (performance.getEntriesByName('deck-ready')[0]?.startTime ?? performance.now()));
  const byKind = Object.fromEntries(
    (['js', 'css', 'font', 'html', 'image', 'other'] as AssetKind[]).map((k) => [k, { raw: 0, gzip: 0, count: 0 }]),
  ) as FirstLoad['byKind'];
  for (const r of seen.filter((x) => x.started <= readyAt)) {
    const buf = await r.body;
    if (!buf) continue;
    const k = byKind[kindOf(new URL(r.url).pathname)];
    k.raw += buf.length;
    k.gzip += gzipSize(buf);
    k.count += 1;
  }
  await context.close();
  return { byKind, totalGzip: Object.values(byKind).reduce((n, k) => n + k.gzip, 0) };
}

export interface RunMetrics {
  readonly readyMs: number;
  readonly walkMs: number;
  readonly longestTaskMs: number;
  readonly heapAfterOneWalk: number;
  readonly heapAfterThreeWalks: number;
  /** V8's compiled code in the heap (snapshot): it grows as the JIT optimises the walk, and is no leak. */
  readonly codeAfterOneWalk: number;
  readonly codeAfterThreeWalks: number;
  /** DOM nodes and event listeners (CDP Memory.getDOMCounters): a leak of either shows here. */
  readonly domAfterOneWalk: DomCounters;
  readonly domAfterThreeWalks: DomCounters;
  readonly liveCharts: number;
  readonly slides: number;
}

/**
 * Walks every slide once, waiting for its charts; returns the wall time in ms.
 * Sent as source text: tsx would otherwise inject its `__name` helper into the page.
 */
const WALK = `(async () => {
  const r = window.Reveal;
  const total = r.getTotalSlides();
  const t0 = performance.now();
  for (let i = 0; i < total; i++) {
    r.slide(i, 0, Number.MAX_SAFE_INTEGER);
    await new Promise(requestAnimationFrame);
    while (document.documentElement.dataset.chartsReady !== 'true') await new Promise(requestAnimationFrame);
  }
  return performance.now() - t0;
})()`;

async function walk(page: Page): Promise<number> {
  return page.evaluate<number>(WALK);
}

export interface DomCounters {
  readonly nodes: number;
  readonly listeners: number;
}

interface HeapReading {
  readonly used: number;
  readonly code: number;
  readonly dom: DomCounters;
}

/** Bytes of compiled code in a heap snapshot (nodes of type "code"). */
function codeBytes(snapshot: string): number {
  const s = JSON.parse(snapshot) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[] };
  const fields = s.snapshot.meta.node_fields;
  const code = s.snapshot.meta.node_types[0].indexOf('code');
  const iType = fields.indexOf('type');
  const iSize = fields.indexOf('self_size');
  let n = 0;
  for (let i = 0; i < s.nodes.length; i += fields.length) if (s.nodes[i + iType] === code) n += s.nodes[i + iSize];
  return n;
}

async function heap(page: Page): Promise<HeapReading> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  return { used: usedSize, code: codeBytes(chunks.join('')), dom: { nodes, listeners: jsEventListeners } };
}

export async function measureRun(browser: Browser, url: string): Promise<RunMetrics> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  await ready(page);
  const readyMs = await page.evaluate(() => performance.getEntriesByName('deck-ready')[0]?.startTime ?? NaN);
  // Long tasks while changing slides only: forget the ones from loading.
  await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks = []));
  const walkMs = await walk(page);
  const longestTaskMs = await page.evaluate(() => Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks));
  const one = await heap(page);
  await walk(page);
  await walk(page);
  const three = await heap(page);
  const liveCharts = await page.evaluate(() => Number(document.documentElement.dataset.chartCount ?? 0));
  const slides = await page.evaluate(() => window.Reveal!.getTotalSlides());
  await context.close();
  return {
    readyMs,
    walkMs,
    longestTaskMs,
    heapAfterOneWalk: one.used,
    heapAfterThreeWalks: three.used,
    codeAfterOneWalk: one.code,
    codeAfterThreeWalks: three.code,
    domAfterOneWalk: one.dom,
    domAfterThreeWalks: three.dom,
    liveCharts,
    slides,
  };
}
