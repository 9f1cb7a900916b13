/**
 * Layout in the browser: at 1920×1080, 1280×720 and 1024×768 (the 4:3
 * canvas, 1440×1080), every slide with all its fragments shown must stay
 * inside its slide box and its containers, and keep to a few short lines.
 * Measured from the rendered page, never estimated.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deck } from '../../slides/index.ts';
import { deckSlides } from '../../src/model/types.ts';
import { launchBrowser, openDeck, waitForCharts } from './helpers.ts';

const slides = deckSlides(deck);
/** Text rows a slide may show: title (one or two rows), lead and about five or six points. */
const MAX_ROWS = 8;

interface SlideLayout {
  id: string;
  canvas: { width: number; height: number };
  section: { width: number; height: number };
  /** Elements outside the slide box, or with content overflowing their own box. */
  overflow: string[];
  /** Distinct rows of text, measured from the text's line boxes. */
  rows: number;
  rowTexts: string[];
}

/** Runs in the page: measures the current slide. */
function measureCurrentSlide(): SlideLayout {
  const reveal = window.Reveal!;
  const section = reveal.getCurrentSlide();
  const config = reveal.getConfig() as { width: number; height: number };
  const box = section.getBoundingClientRect();
  const scale = box.width / section.offsetWidth;
  const tol = 1.5 * scale;
  const overflow: string[] = [];
  const name = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 16)}"`;
  const visible = (el: Element) => {
    if (el.closest('[hidden], .sr-only, aside.notes')) return false;
    const cs = getComputedStyle(el);
    return cs.display !== 'none' && cs.visibility !== 'hidden';
  };
  const inner = section.querySelector('.slide-inner')!;
  // Chart internals are ECharts' own; the chart container itself is checked.
  const elements = [inner, ...inner.querySelectorAll('*')].filter((el) => visible(el) && !el.parentElement?.closest('.chart-canvas'));
  for (const el of elements) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.left < box.left - tol || r.top < box.top - tol || r.right > box.right + tol || r.bottom > box.bottom + tol) {
      overflow.push(`${name(el)} leaves the slide box`);
    }
    const cs = getComputedStyle(el);
    if (cs.display.startsWith('inline') || el instanceof SVGElement) continue;
    const h = el as HTMLElement;
    // A glyph's content area may rise past a tight line box (line-height below the font's
    // ascent + descent); that is not overflow. Allow that much — a quarter em of the largest
    // type inside the element — and no more.
    const largest = Math.max(parseFloat(cs.fontSize), ...[...el.querySelectorAll('*')].map((d) => parseFloat(getComputedStyle(d).fontSize) || 0));
    const glyphSlack = 2 + 0.25 * largest;
    if (h.scrollHeight > h.clientHeight + glyphSlack || h.scrollWidth > h.clientWidth + 2) {
      overflow.push(`${name(el)} overflows its box (${h.scrollWidth}×${h.scrollHeight} in ${h.clientWidth}×${h.clientHeight})`);
    }
    // A child box sticking out of a card, figure or chart area.
    const parent = el.parentElement;
    if (parent && parent !== section && el !== inner && parent.matches('.card, .figure, .chart-row, .chart-aside, .cards, .points, .figures, .cover, .divider, .closing, .quote, .slide-head, .chart-foot')) {
      const p = parent.getBoundingClientRect();
      if (r.left < p.left - tol || r.right > p.right + tol || r.top < p.top - tol || r.bottom > p.bottom + tol) overflow.push(`${name(el)} sticks out of ${name(parent)}`);
    }
  }
  // Rows of text: line boxes of every visible text node, merged when they overlap vertically.
  const lines: { top: number; bottom: number; text: string }[] = [];
  const walker = document.createTreeWalker(inner, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || !n.nodeValue?.trim() || !visible(parent) || parent.closest('.chart-canvas')) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    for (const r of range.getClientRects()) if (r.width > 1 && r.height > 1) lines.push({ top: r.top, bottom: r.bottom, text: n.nodeValue.trim().slice(0, 12) });
  }
  lines.sort((a, b) => a.top - b.top);
  const rows: { top: number; bottom: number; text: string }[] = [];
  for (const l of lines) {
    const last = rows[rows.length - 1];
    const overlap = last ? Math.min(last.bottom, l.bottom) - Math.max(last.top, l.top) : 0;
    if (last && overlap > 0.5 * Math.min(last.bottom - last.top, l.bottom - l.top)) {
      last.bottom = Math.max(last.bottom, l.bottom);
    } else rows.push({ ...l });
  }
  return {
    id: section.id,
    canvas: { width: config.width, height: config.height },
    section: { width: section.offsetWidth, height: section.offsetHeight },
    overflow,
    rows: rows.length,
    rowTexts: rows.map((r) => r.text),
  };
}

async function walkDeck(page: Page): Promise<SlideLayout[]> {
  // No transitions: measure the final layout, not a frame of a fade.
  await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important; }' });
  const out: SlideLayout[] = [];
  for (let i = 0; i < slides.length; i++) {
    await page.evaluate((n) => window.Reveal!.slide(n, 0, Number.MAX_SAFE_INTEGER), i);
    await waitForCharts(page);
    await page.evaluate(() => document.fonts.ready);
    out.push(await page.evaluate(measureCurrentSlide));
  }
  return out;
}

const VIEWPORTS = [
  { width: 1920, height: 1080, canvas: 1920 },
  { width: 1280, height: 720, canvas: 1920 },
  { width: 1024, height: 768, canvas: 1440 },
];

describe('slide layout in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const vp of VIEWPORTS) {
    it(`fits every slide with all fragments shown at ${vp.width}×${vp.height}`, async () => {
      const { page, context } = await openDeck(browser, inject('deckUrl'), { width: vp.width, height: vp.height });
      const layouts = await walkDeck(page);
      await context.close();
      expect(layouts.map((l) => l.id)).toEqual(slides.map((s) => s.id));
      for (const l of layouts) {
        expect(l.canvas, l.id).toEqual({ width: vp.canvas, height: 1080 });
        expect(l.section, `${l.id}: the slide box is the design canvas`).toEqual({ width: vp.canvas, height: 1080 });
      }
      expect(layouts.flatMap((l) => l.overflow.map((o) => `${l.id}: ${o}`))).toEqual([]);
      const crowded = layouts.filter((l) => l.rows > MAX_ROWS).map((l) => `${l.id}: ${l.rows} rows (${l.rowTexts.join(' | ')})`);
      expect(crowded).toEqual([]);
      // The measurement sees text at all: every slide has at least one row.
      for (const l of layouts) expect(l.rows, l.id).toBeGreaterThanOrEqual(1);
      if (process.env.LAYOUT_REPORT) console.log(layouts.map((l) => `${l.id}:${l.rows}`).join(' '));
    });
  }

  it('catches a crowded, overflowing slide (the measurement is not vacuous)', async () => {
    const { page, context } = await openDeck(browser, inject('deckUrl'), { width: 1024, height: 768 });
    await page.evaluate((n) => window.Reveal!.slide(n, 0, Number.MAX_SAFE_INTEGER), slides.findIndex((s) => s.id === 'meeting-tasks'));
    const before = await page.evaluate(measureCurrentSlide);
    expect(before.overflow).toEqual([]);
    await page.evaluate(() => {
      const list = document.querySelector('#meeting-tasks .points')!;
      for (let i = 0; i < 10; i++) list.append(Object.assign(document.createElement('li'), { textContent: '贯彻落实中央、省委经济工作会议精神贯彻落实中央、省委经济工作会议精神' }));
    });
    const after = await page.evaluate(measureCurrentSlide);
    await context.close();
    expect(after.overflow.length).toBeGreaterThan(0);
    expect(after.rows).toBeGreaterThan(MAX_ROWS);
    expect(before.rows).toBeLessThanOrEqual(MAX_ROWS);
  });

  it('reads right on the cover and closing without a date or speaker (not in the speech)', async () => {
    const { page, context } = await openDeck(browser, inject('deckUrl'));
    const got = await page.evaluate(() => ({
      coverMeta: document.querySelector('#cover .cover-meta')?.textContent ?? null,
      meeting: document.querySelector('#cover .cover-meeting')?.textContent,
      headline: document.querySelector('#cover .cover-headline')?.textContent,
      closingMeta: document.querySelector('#closing .closing-meta')?.textContent,
      extra: document.querySelectorAll('#closing .closing-extra').length,
    }));
    await context.close();
    expect(got.coverMeta).toBeNull();
    expect(got.meeting).toBe(deck.settings.meetingTitle);
    expect(got.headline).toBe('全力推进**发展新跨越');
    expect(got.closingMeta).toBe(deck.settings.meetingTitle);
    expect(got.extra).toBe(1);
  });

  it('shows the speech paragraphs, verbatim, as each slide’s notes', async () => {
    const { speech } = await import('../../slides/source/index.ts');
    const { page, context } = await openDeck(browser, inject('deckUrl'));
    const notes = await page.evaluate(() =>
      [...document.querySelectorAll('.reveal .slides > section')].map((s) => ({
        id: s.id,
        paragraphs: [...s.querySelectorAll('aside.notes p')].map((p) => ({ id: (p as HTMLElement).dataset.paragraph, text: p.textContent })),
      })),
    );
    await context.close();
    for (const s of slides) {
      const got = notes.find((n) => n.id === s.id)!;
      expect(got.paragraphs.map((p) => p.id).sort(), s.id).toEqual([...s.source].sort());
      for (const p of got.paragraphs) expect(p.text, `${s.id} ${p.id}`).toBe(speech.byId.get(p.id!)!.text);
    }
  });
});
