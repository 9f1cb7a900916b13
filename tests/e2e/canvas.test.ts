/**
 * Slides use the canvas (issue 11): measured at 1920×1080 with every fragment
 * shown, as the union box of the visible text and charts against the canvas.
 * Goals: median body slide ≥ 60%, none under 40%, no text under 28 px, and
 * body text of slides with at most five lines at least 40 px.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type CanvasUse, FRAME_KINDS, measureSlide, median } from '../../scripts/lib/canvas-use.ts';
import { launchBrowser, openDeck } from './helpers.ts';

describe('canvas use at 1920×1080', () => {
  let browser: Browser;
  let rows: CanvasUse[];
  beforeAll(async () => {
    browser = await launchBrowser();
    const { page, context } = await openDeck(browser, inject('deckUrl'));
    const total = await page.evaluate(() => window.Reveal!.getTotalSlides());
    rows = [];
    for (let i = 0; i < total; i++) rows.push(await measureSlide(page, i));
    await context.close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const body = () => rows.filter((r) => !FRAME_KINDS.has(r.kind));
  const pct = (r: CanvasUse) => `${r.id} ${(r.share * 100).toFixed(0)}%`;

  it('measures every body slide', () => {
    expect(body().length).toBeGreaterThan(60);
    for (const r of body()) expect(r.share, r.id).toBeGreaterThan(0);
  });

  it('fills at least 60% of the canvas on the median body slide, and 40% on every one', () => {
    expect(median(body().map((r) => r.share))).toBeGreaterThanOrEqual(0.6);
    expect(body().filter((r) => r.share < 0.4).map(pct)).toEqual([]);
  });

  it('sets no text under 28 px', () => {
    expect(body().filter((r) => r.minFont < 28).map((r) => `${r.id} ${r.minFont}px`)).toEqual([]);
  });

  it('sets the body text of short slides (≤ 5 lines) at 40 px or more', () => {
    const short = body().filter((r) => r.lines > 0 && r.lines <= 5);
    expect(short.length).toBeGreaterThan(10);
    expect(short.filter((r) => r.bodyFont < 40).map((r) => `${r.id} ${r.bodyFont}px`)).toEqual([]);
  });
});
