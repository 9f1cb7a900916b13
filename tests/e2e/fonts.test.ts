/**
 * Font slices in the browser: a slide opened by a deep link or reached by G
 * has every glyph it draws loaded, in the face it draws it in, by the time it
 * is marked ready or shown — no fallback glyph, no chart labels measured in a
 * fallback font — and walking the deck fetches only slide slices.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deck } from '../../slides/index.ts';
import { deckSlides } from '../../src/model/types.ts';
import { launchBrowser, openDeck, waitForCharts } from './helpers.ts';

const slides = deckSlides(deck);
/** A late chart slide: its glyphs lie in slices the cover never loads. */
const lateChart = [...slides].reverse().find((s) => s.kind === 'chart')!;
const lateIndex = slides.indexOf(lateChart);

/**
 * Runs in the page before the deck: whenever a slide becomes ready (deck ready, or
 * `data-slide-fonts` names it) or is shown (reveal's slidechanged), records each text
 * run on it whose face is not loaded, checked with document.fonts.check in the font
 * its computed style asks for.
 */
const RECORDER = `(() => {
  const w = window;
  w.__fontChecks = [];
  const openedHash = location.hash;
  // Each run of text on a slide (speaker notes are not shown on it), with its computed style.
  const textRuns = (section) => {
    const runs = [];
    const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = (n.nodeValue || '').trim();
      if (el && text && !el.closest('aside.notes')) runs.push({ text, cs: getComputedStyle(el) });
    }
    return runs;
  };
  const unloaded = (section) =>
    textRuns(section)
      .map(({ text, cs }) => [cs.fontStyle + ' ' + cs.fontWeight + ' 16px ' + cs.fontFamily, text])
      .filter(([font, text]) => !document.fonts.check(font, text))
      .map(([font, text]) => font + ' :: ' + text);
  // Which characters of a slide lie in a slice its plan does not name: read from the @font-face
  // unicode-ranges and the plan, not from what happens to be loaded (neighbours load slices too).
  w.__planGaps = (section) => {
    const plan = JSON.parse(document.querySelector('meta[name="deck-font-plan"]').content);
    const entry = plan.slides.find((e) => e[0] === section.id);
    const ranges = (r) => r.split(',').map((p) => p.trim().replace(/^U\\+/i, '').split('-').map((h) => parseInt(h, 16)));
    const inRange = (cp, rs) => rs.some(([a, b]) => cp >= a && cp <= (b ?? a));
    const faces = [...document.fonts].map((f) => ({ family: f.family.replace(/["']/g, ''), weight: Number(f.weight), ranges: ranges(f.unicodeRange) }));
    const gaps = [];
    for (const { text, cs } of textRuns(section)) {
      const family = cs.fontFamily.split(',')[0].trim().replace(/["']/g, '');
      const fi = plan.faces.map((f, i) => [f, i]).filter(([f]) => f.family === family).sort((a, b) => Math.abs(a[0].weight - Number(cs.fontWeight)) - Math.abs(b[0].weight - Number(cs.fontWeight)))[0];
      if (!fi) continue;
      const [face, i] = fi;
      const mine = faces.filter((f) => f.family === face.family && f.weight === face.weight);
      const named = entry[i + 1].map((k) => mine.find((f) => inRange(face.probe[k].codePointAt(0), f.ranges)));
      for (const c of text) {
        const cp = c.codePointAt(0);
        if (/\\s/.test(c) || !mine.some((f) => inRange(cp, f.ranges))) continue;
        if (!named.some((f) => f && inRange(cp, f.ranges))) gaps.push(family + ' ' + face.weight + ' 「' + c + '」');
      }
    }
    return [...new Set(gaps)];
  };
  const record = (when, section) => { if (section) w.__fontChecks.push({ when, id: section.id, bad: unloaded(section) }); };
  w.__watchShown = () => w.Reveal.on('slidechanged', (e) => record('shown', e.currentSlide));
  // The whole document: an init script runs before <html> exists.
  new MutationObserver(() => {
    const d = document.documentElement.dataset;
    if (d.deckReady === 'true' && !w.__sawReady) {
      w.__sawReady = true;
      // The slide the address names (the phone's scroll view goes there after ready), else the one shown.
      const named = /^#[/]([^/]+)/.exec(openedHash);
      record('deck-ready', (named && document.getElementById(decodeURIComponent(named[1]))) || w.Reveal.getCurrentSlide());
      w.__watchShown();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-deck-ready'] });
})()`;

interface FontCheck {
  when: string;
  id: string;
  bad: string[];
}

async function checks(page: Page): Promise<FontCheck[]> {
  return page.evaluate(() => (window as unknown as { __fontChecks: FontCheck[] }).__fontChecks);
}

async function lateGlyphCharts(page: Page): Promise<string[]> {
  return page.$$eval('[data-chart-late-glyphs]', (els) => els.map((e) => `${(e as HTMLElement).dataset.chartFor ?? '?'}: ${(e as HTMLElement).dataset.chartLateGlyphs ?? ''}`));
}

describe('font slices in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 390, height: 844 },
  ]) {
    it(`a deep link to a late slide (${lateChart.id}) is ready with its glyphs in, ${viewport.width}×${viewport.height}`, async () => {
      const context = await browser.newContext({ viewport });
      await context.addInitScript(RECORDER);
      const page = await context.newPage();
      const fonts: string[] = [];
      page.on('request', (r) => {
        if (r.url().endsWith('.woff2')) fonts.push(r.url());
      });
      await page.goto(`${inject('deckUrl')}#/${lateChart.id}`);
      await page.waitForFunction(() => document.documentElement.dataset.deckReady === 'true');
      // The build's plan reaches the page whole (it names the slices of the chart labels, which are not in the DOM).
      const planned = await page.$eval('meta[name="deck-font-plan"]', (m) => (JSON.parse((m as HTMLMetaElement).content) as { slides: [string][] }).slides.map((s) => s[0]));
      expect(planned).toEqual(slides.map((s) => s.id));
      const atReady = (await checks(page)).find((c) => c.when === 'deck-ready');
      expect(atReady?.id).toBe(lateChart.id);
      expect(atReady?.bad, 'text runs whose face was not loaded when the slide was marked ready').toEqual([]);
      // The cover's slice alone would not do: the deep link fetched the late slide's own slices.
      expect(fonts.some((u) => !/-s0-/.test(u))).toBe(true);
      await waitForCharts(page);
      expect(await lateGlyphCharts(page), 'charts drawn before their glyphs were in').toEqual([]);
      await context.close();
    });
  }

  it('G to a far slide shows it only once its glyphs are in', async () => {
    const { page, context, errors } = await openDeck(browser, inject('deckUrl'));
    await page.evaluate(RECORDER);
    // The deck was up before the recorder: watch the slides shown from now on.
    await page.evaluate('window.__watchShown()');
    await page.keyboard.press('g');
    await page.waitForSelector('.jump-to-slide-input', { state: 'visible' });
    await page.keyboard.type(String(lateIndex + 1));
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.documentElement.dataset.slideFonts === id, lateChart.id);
    const shown = (await checks(page)).filter((c) => c.id === lateChart.id);
    expect(shown.length).toBeGreaterThan(0);
    for (const c of shown) expect(c.bad, `${c.when}: text runs whose face was not loaded`).toEqual([]);
    await waitForCharts(page);
    expect(await lateGlyphCharts(page), 'charts drawn before their glyphs were in').toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('walking every slide: its planned slices hold every text run, only slide slices are fetched (never the notes), every chart waits for its glyphs', async () => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    await context.addInitScript(RECORDER);
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(inject('deckUrl'));
    await page.waitForFunction(() => document.documentElement.dataset.deckReady === 'true');
    const total = await page.evaluate(() => window.Reveal!.getTotalSlides());
    for (let i = 0; i < total; i++) {
      const id = await page.evaluate((n) => {
        window.Reveal!.slide(n);
        return window.Reveal!.getCurrentSlide().id;
      }, i);
      await page.waitForFunction((want) => document.documentElement.dataset.slideFonts === want && document.documentElement.dataset.chartsReady === 'true', id);
      // The page loads a slide's slices by the plan alone: it must name a slice for every glyph on the slide.
      const gaps = await page.evaluate((slideId) => (window as unknown as { __planGaps(s: Element): string[] }).__planGaps(document.getElementById(slideId)!), id);
      expect(gaps, `slide "${id}": glyphs in slices its plan does not name`).toEqual([]);
    }
    const fonts = requests.filter((u) => u.endsWith('.woff2')).map((u) => u.split('/').pop()!);
    expect(fonts.length).toBeGreaterThan(3);
    // The notes slice holds only what the speaker view shows; the slides never need it.
    expect(fonts.filter((f) => /-rest-/.test(f))).toEqual([]);
    expect(await lateGlyphCharts(page), 'charts drawn before their glyphs were in').toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
