/**
 * Charts in every view: normal, overview, scroll view, print (also with
 * reveal's cloned fragment pages), the 4:3 canvas; each chart made once; keys
 * never stolen; the data table by button and by key.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deck } from '../../slides/index.ts';
import { PRESENTING } from '../../src/charts/lifecycle.ts';
import { chartTable } from '../../src/charts/types/index.ts';
import { deckSlides, type ChartSlide } from '../../src/model/types.ts';
import { chartPaint, launchBrowser, openDeck, waitForCharts, waitForDeck, type ChartPaint } from './helpers.ts';

const slides = deckSlides(deck);
const chartSlides = slides.filter((s): s is ChartSlide => s.kind === 'chart');
const indexOf = (id: string) => slides.findIndex((s) => s.id === id);

/** Live ECharts instances as the DOM shows them (ECharts marks each container it owns). */
const domInstances = (page: Page) => page.evaluate(() => document.querySelectorAll('[_echarts_instance_]:not([_echarts_instance_=""])').length);
/** Each container's ECharts instance id, by chart: a chart made again gets a new one. */
const instanceIds = (page: Page): Promise<Record<string, string | null>> =>
  page.evaluate(() => Object.fromEntries([...document.querySelectorAll('.chart-canvas[data-chart-for]')].map((el) => [el.getAttribute('data-chart-for') ?? '', el.getAttribute('_echarts_instance_')])));
const controllerCount = (page: Page) => page.evaluate(() => Number(document.documentElement.dataset.chartCount));
const current = (page: Page) => page.evaluate(() => window.Reveal!.getIndices().h);

async function expectDrawn(page: Page, id: string, renderer: 'canvas' | 'svg', minSize: number) {
  const drawn = (p: ChartPaint) => p.renderer === renderer && p.width > minSize && p.height > minSize && p.inked > (renderer === 'canvas' ? 0.01 : 2);
  // A change (slide, resize, scroll view) reaches the chart lifecycle a moment later: wait until the chart is drawn,
  // then say precisely what is wrong if it never was.
  await expect
    .poll(async () => drawn(await chartPaint(page, `#${id} .chart-canvas`)), { timeout: 10_000 })
    .toBe(true)
    .catch(() => undefined);
  const paint = await chartPaint(page, `#${id} .chart-canvas`);
  expect(paint.renderer, `${id} renderer`).toBe(renderer);
  expect(paint.width, `${id} width`).toBeGreaterThan(minSize);
  expect(paint.height, `${id} height`).toBeGreaterThan(minSize);
  if (renderer === 'canvas') expect(paint.inked, `${id} is blank`).toBeGreaterThan(0.01);
  else expect(paint.inked, `${id} is blank`).toBeGreaterThan(2);
}

describe('charts in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('has the six figures of the speech on chart slides', () => {
    expect(new Set(chartSlides.map((s) => s.chart.type))).toEqual(new Set(['dayShare', 'forecast', 'doubling', 'roadmap', 'honours', 'planCounts']));
  });

  it('draws every chart in the normal view, crisp, with a text alternative from the data', async () => {
    const { page, errors, context } = await openDeck(browser, inject('deckUrl'));
    for (const s of chartSlides) {
      await page.evaluate((n) => window.Reveal!.slide(n), indexOf(s.id));
      await waitForCharts(page);
      // Vector drawing: crisp however far a projector scales the slide up, and nothing painted to a bitmap.
      await expectDrawn(page, s.id, 'svg', 200);
      const info = await page.$eval(`#${s.id} .chart-canvas`, (el) => {
        const table = document.getElementById(el.getAttribute('aria-describedby') ?? '');
        return { label: el.getAttribute('aria-label') ?? '', role: el.getAttribute('role'), bitmaps: el.querySelectorAll('canvas, image').length, rows: table?.querySelectorAll('tbody tr').length ?? 0 };
      });
      expect(info.role).toBe('img');
      expect(info.label.length, `${s.id} aria-label`).toBeGreaterThan(10);
      expect(info.rows, `${s.id} table rows`).toBe(chartTable(s.chart).rows.length);
      expect(info.bitmaps, `${s.id} bitmaps`).toBe(0);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws every chart in the overview', async () => {
    const { page, errors, context } = await openDeck(browser, inject('deckUrl'));
    await page.evaluate((n) => window.Reveal!.slide(n), indexOf(chartSlides[0].id));
    await waitForCharts(page);
    await page.keyboard.press('o');
    await page.waitForFunction(() => window.Reveal!.isOverview());
    await waitForCharts(page);
    expect(await controllerCount(page)).toBe(chartSlides.length);
    // Slides are scaled down in the overview, and reveal hides far ones: move through it, each a small but real drawing.
    for (const s of chartSlides) {
      await page.evaluate((n) => window.Reveal!.slide(n), indexOf(s.id));
      await page.waitForFunction((id) => window.Reveal!.getCurrentSlide()?.id === id, s.id);
      await waitForCharts(page);
      await expectDrawn(page, s.id, 'svg', 10);
    }
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !window.Reveal!.isOverview());
    await waitForCharts(page);
    // Back on the last chart visited, at full size; the others are kept (the deck has fewer than PRESENTING.keep), not made again.
    const made = await instanceIds(page);
    await expectDrawn(page, chartSlides[chartSlides.length - 1].id, 'svg', 200);
    expect(await controllerCount(page)).toBe(chartSlides.length);
    expect(await instanceIds(page)).toEqual(made);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws every chart in the scroll view, opened by URL and by toggling', async () => {
    const { page, errors, context } = await openDeck(browser, inject('deckUrl') + '?view=scroll', { width: 1280, height: 720 });
    await waitForCharts(page);
    expect(await page.evaluate(() => window.Reveal!.isScrollView())).toBe(true);
    for (const s of chartSlides) {
      await page.$eval(`#${s.id}`, (el) => el.scrollIntoView({ block: 'center' }));
      await waitForCharts(page);
      await expectDrawn(page, s.id, 'svg', 100);
    }
    await context.close();

    // Reveal switches to the scroll view by itself on narrow screens (phones) and back on wide ones.
    const normal = await openDeck(browser, inject('deckUrl'), { width: 1280, height: 720 });
    await waitForCharts(normal.page);
    const last = chartSlides[chartSlides.length - 1];
    const check = async (scroll: boolean) => {
      await normal.page.waitForFunction((v) => window.Reveal!.isScrollView() === v, scroll);
      // reveal lays the new view out on the next frame: scroll or move once it has.
      await normal.page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
      if (scroll) await normal.page.$eval(`#${last.id}`, (el) => el.scrollIntoView({ block: 'center' }));
      else await normal.page.evaluate((n) => window.Reveal!.slide(n), indexOf(last.id));
      await expectDrawn(normal.page, last.id, 'svg', scroll ? 50 : 100);
      await waitForCharts(normal.page);
      // Instances of DOM that reveal replaced are disposed, not leaked.
      await expect.poll(async () => (await domInstances(normal.page)) - (await controllerCount(normal.page))).toBe(0);
    };
    for (const width of [390, 1280, 390]) {
      await normal.page.setViewportSize({ width, height: width < 500 ? 844 : 720 });
      await check(width < 500);
    }
    await normal.page.setViewportSize({ width: 1280, height: 720 });
    await check(false);
    // And by Reveal.toggleScrollView(), once the automatic switch is off.
    await normal.page.evaluate(() => window.Reveal!.configure({ scrollActivationWidth: null as unknown as number }));
    for (const on of [true, false, true]) {
      await normal.page.evaluate((v) => window.Reveal!.toggleScrollView(v), on);
      await check(on);
    }
    expect([...errors, ...normal.errors]).toEqual([]);
    await normal.context.close();
  });

  for (const query of ['?print-pdf', '?print-pdf&pdfSeparateFragments=true']) {
    it(`draws every chart completely as SVG in the print view (${query})`, async () => {
      const separate = query.includes('pdfSeparateFragments');
      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
      if (separate) {
        // Give every chart slide two fragments before reveal starts, so reveal clones its page:
        // each copy must carry its own drawing.
        await context.addInitScript(() => {
          new MutationObserver((_, obs) => {
            const inners = document.querySelectorAll('section[data-kind="chart"] .slide-inner');
            if (!inners.length) return;
            obs.disconnect();
            for (const inner of inners)
              for (const k of [1, 2]) {
                const f = document.createElement('span');
                f.className = 'fragment';
                f.textContent = String(k);
                inner.append(f);
              }
          }).observe(document, { childList: true, subtree: true });
        });
      }
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(inject('deckUrl') + query);
      await waitForCharts(page);
      for (const s of chartSlides) await expectDrawn(page, s.id, 'svg', 200);
      // Every container, including the pages reveal cloned for fragments, carries a drawing.
      const containers = await page.$$eval('.chart-canvas[data-chart-for]', (els) =>
        els.map((el) => ({ id: el.getAttribute('data-chart-for'), shapes: el.querySelectorAll('svg path, svg text').length, w: el.getBoundingClientRect().width })),
      );
      expect(containers.length).toBe(separate ? chartSlides.length * 3 : chartSlides.length);
      for (const c of containers) {
        expect(c.shapes, `${c.id} in print`).toBeGreaterThan(2);
        expect(c.w, `${c.id} width in print`).toBeGreaterThan(200);
      }
      expect(await domInstances(page)).toBe(containers.length);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('makes each chart once, ahead of its slide, and keeps it while walking the deck twice, back and forth', async () => {
    const { page, errors, context } = await openDeck(browser, inject('deckUrl'));
    await waitForCharts(page);
    const n = slides.length;
    const walk = [...Array(n).keys(), ...[...Array(n).keys()].reverse()];
    const firstSeen = new Map<string, string>();
    for (const i of [...walk, ...walk]) {
      await page.evaluate((k) => window.Reveal!.slide(k), i);
      await waitForCharts(page);
      const count = await controllerCount(page);
      expect(await domInstances(page)).toBe(count);
      // Nothing is made beyond the next slide: charts ahead are the neighbours' only.
      const ahead = chartSlides.filter((s) => indexOf(s.id) > i + PRESENTING.near && !firstSeen.has(s.id));
      const ids = await instanceIds(page);
      for (const s of ahead) expect(ids[s.id], `${s.id} made early`).toBeFalsy();
      // A chart made once keeps its instance: a revisit redraws nothing.
      for (const [id, instance] of Object.entries(ids)) {
        if (!instance) continue;
        expect(instance, `${id} made again`).toBe(firstSeen.get(id) ?? instance);
        firstSeen.set(id, instance);
      }
    }
    expect(chartSlides.length).toBeLessThanOrEqual(PRESENTING.keep);
    expect([...firstSeen.keys()].sort()).toEqual(chartSlides.map((s) => s.id).sort());
    expect(await controllerCount(page)).toBe(chartSlides.length);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('leaves the arrow keys to reveal while the pointer is over a chart, also after clicking it', async () => {
    const { page, context } = await openDeck(browser, inject('deckUrl'));
    for (const s of chartSlides) {
      const i = indexOf(s.id);
      await page.evaluate((k) => window.Reveal!.slide(k), i);
      await waitForCharts(page);
      const box = (await page.locator(`#${s.id} .chart-canvas`).boundingBox())!;
      // Sweep the pointer across the chart so a tooltip shows, then click it.
      for (const f of [0.3, 0.5, 0.7]) await page.mouse.move(box.x + box.width * f, box.y + box.height * 0.5, { steps: 4 });
      await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.5);
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((k) => window.Reveal!.getIndices().h === k, i + 1);
      await page.keyboard.press('ArrowLeft');
      await page.waitForFunction((k) => window.Reveal!.getIndices().h === k, i);
      expect(await current(page)).toBe(i);
    }
    await context.close();
  });

  it('shows a tooltip with the data somewhere over every chart', async () => {
    const { page, errors, context } = await openDeck(browser, inject('deckUrl'));
    for (const s of chartSlides) {
      await page.evaluate((k) => window.Reveal!.slide(k), indexOf(s.id));
      await waitForCharts(page);
      const box = (await page.locator(`#${s.id} .chart-canvas`).boundingBox())!;
      let tip = '';
      search: for (let fy = 0.15; fy < 0.95; fy += 0.1)
        for (let fx = 0.05; fx < 0.95; fx += 0.05) {
          await page.mouse.move(box.x + box.width * fx, box.y + box.height * fy);
          tip = await page.$eval(`#${s.id} .chart-canvas`, (el) => {
            const painter = el.firstElementChild;
            for (const c of Array.from(el.children)) {
              if (c === painter) continue;
              const st = getComputedStyle(c);
              if (st.display !== 'none' && st.visibility !== 'hidden' && Number(st.opacity) > 0 && c.textContent.trim()) return c.textContent.trim();
            }
            return '';
          });
          if (tip) break search;
        }
      expect(tip, `${s.id} has no tooltip`).not.toBe('');
    }
    await page.mouse.move(0, 0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens and closes the data table by the 数据表 button and by the T key, readable and out of the way of the keys', async () => {
    const { page, errors, context } = await openDeck(browser, inject('deckUrl'));
    const s = chartSlides.find((c) => c.chart.type === 'forecast') ?? chartSlides[0];
    const i = indexOf(s.id);
    await page.evaluate((k) => window.Reveal!.slide(k), i);
    await waitForCharts(page);
    const panel = page.locator(`#${s.id} .chart-table-panel`);
    const toggle = page.locator(`#${s.id} .chart-table-toggle`);
    await expect.poll(() => panel.isVisible()).toBe(false);

    await toggle.click();
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    // Readable: table text at least 26px at the design size, and the first row shows the source values.
    const look = await page.$eval(`#${s.id} .chart-table`, (t) => ({
      size: parseFloat(getComputedStyle(t.querySelector('td')!).fontSize),
      first: Array.from(t.querySelectorAll('tbody tr:first-child > *')).map((c) => c.textContent),
    }));
    expect(look.size).toBeGreaterThanOrEqual(26);
    expect(look.first).toEqual(chartTable(s.chart).rows[0]);
    await page.locator(`#${s.id} .chart-table-close`).click();
    await expect.poll(() => panel.isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');

    await page.keyboard.press('t');
    await expect.poll(() => panel.isVisible()).toBe(true);
    await page.keyboard.press('t');
    await expect.poll(() => panel.isVisible()).toBe(false);

    // Esc closes the table and does not open the overview; a second Esc does.
    await page.keyboard.press('t');
    await expect.poll(() => panel.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.isVisible()).toBe(false);
    expect(await page.evaluate(() => window.Reveal!.isOverview())).toBe(false);

    // With the table open, the arrow keys still change slides, and leaving closes it.
    await toggle.click();
    await expect.poll(() => panel.isVisible()).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((k) => window.Reveal!.getIndices().h === k, i + 1);
    await expect.poll(() => panel.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('does no chart work in the slide change itself: the next chart is made in idle time and drawn before its slide is shown', async () => {
    const s = chartSlides.find((c) => indexOf(c.id) >= 2)!;
    const at = indexOf(s.id);
    const { page, errors, context } = await openDeck(browser, inject('deckUrl'));
    // Two slides before the chart: it is not near yet, nothing is made for it.
    await page.evaluate((k) => window.Reveal!.slide(k), at - 2);
    await waitForCharts(page);
    expect(await page.$eval(`#${s.id} .chart-canvas`, (el) => el.querySelector('svg') === null)).toBe(true);
    // One slide on, every fragment shown: the chart is near. The change itself makes nothing (reveal's handlers have all run when slide() returns).
    const madeInStep = await page.evaluate(
      ([id, k]) => {
        window.Reveal!.slide(k, 0, Number.MAX_SAFE_INTEGER);
        return document.querySelector(`#${id} .chart-canvas svg`) !== null;
      },
      [s.id, at - 1] as const,
    );
    expect(madeInStep).toBe(false);
    // Idle time makes and draws it, held at the first frame of its animation: ready, and not blank.
    await waitForCharts(page);
    const held = await page.$eval(`#${s.id} .chart-canvas`, (el) => el.querySelectorAll('svg path, svg text').length);
    expect(held).toBeGreaterThan(0);
    // The next press goes onto the chart slide: its chart is already there when reveal announces the slide, and then builds up.
    const atShow = await page.evaluate((id) => {
      let drawn = -1;
      const seen = () => (drawn = document.querySelectorAll(`#${id} .chart-canvas svg path, #${id} .chart-canvas svg text`).length);
      window.Reveal!.on('slidechanged', seen);
      window.Reveal!.next();
      window.Reveal!.off('slidechanged', seen);
      return { drawn, ready: document.documentElement.dataset.chartsReady };
    }, s.id);
    expect(atShow.drawn).toBeGreaterThan(0);
    // Building up now: not ready until it has (exports and screenshots wait for the whole chart).
    expect(atShow.ready).toBe('false');
    expect(await page.$eval(`#${s.id} .chart-canvas`, (el) => (el as HTMLElement).dataset.chartAnimated)).toBe('true');
    await waitForCharts(page);
    await expectDrawn(page, s.id, 'svg', 200);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('animates briefly when presenting, never in print or under prefers-reduced-motion', async () => {
    const s = chartSlides[0];
    const animated = (page: Page) => page.$eval(`#${s.id} .chart-canvas`, (el) => (el as HTMLElement).dataset.chartAnimated);
    const normal = await openDeck(browser, inject('deckUrl'));
    await normal.page.evaluate((k) => window.Reveal!.slide(k), indexOf(s.id));
    await waitForCharts(normal.page);
    expect(await animated(normal.page)).toBe('true');
    await normal.context.close();

    const print = await openDeck(browser, inject('deckUrl') + '?print-pdf');
    await waitForCharts(print.page);
    expect(await animated(print.page)).toBe('false');
    await print.context.close();

    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(inject('deckUrl'));
    await waitForDeck(page);
    await page.evaluate((k) => window.Reveal!.slide(k), indexOf(s.id));
    await waitForCharts(page);
    expect(await animated(page)).toBe('false');
    await expectDrawn(page, s.id, 'svg', 200);
    await context.close();
  });

  it('follows the 4:3 canvas: charts re-fit when reveal changes the design width', async () => {
    const { page, errors, context } = await openDeck(browser, inject('deckUrl'));
    const s = chartSlides.find((c) => c.chart.type === 'forecast') ?? chartSlides[0];
    await page.evaluate((k) => window.Reveal!.slide(k), indexOf(s.id));
    await waitForCharts(page);
    const wide = await page.$eval(`#${s.id} .chart-canvas`, (el) => el.clientWidth);
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.waitForFunction(() => document.documentElement.dataset.aspect === '4x3' && window.Reveal!.getConfig().width === 1440);
    const measure = () => page.$eval(`#${s.id} .chart-canvas`, (el) => ({ w: el.clientWidth, drawing: el.querySelector('svg')!.getBoundingClientRect().width, box: el.getBoundingClientRect().width }));
    // The chart re-fits a moment after reveal's re-layout: wait until the container has narrowed and the drawing has followed.
    const refitted = async () => {
      const n = await measure();
      return n.w < wide && Math.abs(n.drawing - n.box) < 2;
    };
    await expect.poll(refitted, { timeout: 10_000 }).toBe(true);
    await waitForCharts(page);
    const narrow = await measure();
    expect(narrow.w).toBeLessThan(wide);
    // The drawing follows its container exactly (no overflow, no stale width).
    expect(Math.abs(narrow.drawing - narrow.box)).toBeLessThan(2);
    await expectDrawn(page, s.id, 'svg', 100);
    expect(errors).toEqual([]);
    await context.close();
  });
});
