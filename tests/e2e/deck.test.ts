import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deck } from '../../slides/index.ts';
import { deckSlides } from '../../src/model/types.ts';
import { screenProblems } from '../slides/screen-words.ts';
import { chartPaint, isLocal, launchBrowser, openDeck, waitForCharts } from './helpers.ts';

const slides = deckSlides(deck);
const chartSlides = slides.filter((s) => s.kind === 'chart');

describe('the built deck in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('boots, has every slide of the model, draws every chart and stays on this machine', async () => {
    const { page, errors, requests, context } = await openDeck(browser, inject('deckUrl'));
    expect(await page.evaluate(() => window.Reveal!.getTotalSlides())).toBe(slides.length);
    expect(await page.evaluate(() => window.Reveal!.getSlides().map((s) => s.id))).toEqual(slides.map((s) => s.id));
    expect(chartSlides.length).toBeGreaterThan(0);

    for (let i = 0; i < slides.length; i++) {
      await page.evaluate((n) => window.Reveal!.slide(n), i);
      await waitForCharts(page);
      const slide = slides[i];
      if (slide.kind !== 'chart') continue;
      const paint = await chartPaint(page, `#${slide.id} .chart-canvas`);
      // SVG, the one renderer (charts/registry.ts): `inked` counts painted shapes.
      expect(paint.renderer, slide.id).toBe('svg');
      expect(paint.width, `${slide.id} width`).toBeGreaterThan(200);
      expect(paint.height, `${slide.id} height`).toBeGreaterThan(200);
      expect(paint.inked, `${slide.id} is blank`).toBeGreaterThan(2);
    }
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !isLocal(u))).toEqual([]);
    await context.close();
  });

  it('makes charts ahead only for the nearby slides while presenting', async () => {
    const { page, context } = await openDeck(browser, inject('deckUrl'));
    await page.evaluate(() => window.Reveal!.slide(0));
    await waitForCharts(page);
    const far = await page.evaluate(() => Number(document.documentElement.dataset.chartCount));
    const chartIndex = slides.findIndex((s) => s.kind === 'chart');
    await page.evaluate((n) => window.Reveal!.slide(n), chartIndex);
    await waitForCharts(page);
    const near = await page.evaluate(() => Number(document.documentElement.dataset.chartCount));
    expect(near).toBeGreaterThanOrEqual(1);
    expect(near).toBeLessThanOrEqual(3);
    expect(far).toBeLessThanOrEqual(chartIndex <= 1 ? 1 : 0);
    await context.close();
  });

  it('draws every chart as SVG in the print view and then signals ready', async () => {
    const { page, errors, context } = await openDeck(browser, inject('deckUrl') + '?print-pdf');
    await waitForCharts(page);
    for (const slide of chartSlides) {
      const paint = await chartPaint(page, `#${slide.id} .chart-canvas`);
      expect(paint.renderer, slide.id).toBe('svg');
      expect(paint.width).toBeGreaterThan(200);
      expect(paint.inked, `${slide.id} is blank in print`).toBeGreaterThan(2);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints only the speaker’s words: no commentary, contested year or derivation in any slide’s text or drawn chart text', async () => {
    // The print view shows every slide with every fragment, and draws the charts as SVG, so their labels are text.
    const { page, context } = await openDeck(browser, inject('deckUrl') + '?print-pdf');
    await waitForCharts(page);
    const shown = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('.slides section[id]')).map((s) => ({
        id: s.id,
        text: (s.querySelector<HTMLElement>('.slide-inner')?.innerText ?? '') + '\n' + Array.from(s.querySelectorAll('svg text')).map((t) => t.textContent).join('\n'),
      })),
    );
    expect(shown.length).toBe(slides.length);
    expect(shown.filter((s) => s.id === 'air-quality' && s.text.includes('310'))).toHaveLength(1);
    const problems = shown.flatMap((s) => s.text.split('\n').flatMap((line) => screenProblems(line).map((w) => `${s.id}: ${w} in "${line}"`)));
    expect(problems).toEqual([]);
    await context.close();
  });
});
