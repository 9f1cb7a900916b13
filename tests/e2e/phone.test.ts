/**
 * Phone reading at 390×844: the deck is one scrolling article with no
 * horizontal overflow, no text under 16 px and every chart drawn; turning
 * the phone sideways and back keeps the charts; deep links land on the slide.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deck } from '../../slides/index.ts';
import { deckSlides } from '../../src/model/types.ts';
import { chartPaint, launchBrowser, waitForCharts } from './helpers.ts';

const slides = deckSlides(deck);
const chartSlides = slides.filter((s) => s.kind === 'chart');
const PHONE = { width: 390, height: 844 };

async function openPhone(browser: Browser, hash = ''): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(inject('deckUrl') + hash);
  await page.waitForFunction(() => document.documentElement.dataset.deckReady === 'true' && !!window.Reveal);
  await page.evaluate(() => document.fonts.ready);
  await waitForCharts(page);
  return { page, context, errors };
}

/** In-page audit of every visible text element and box of the slides. */
async function audit(page: Page): Promise<{ small: string[]; wide: string[]; scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const small: string[] = [];
    const wide: string[] = [];
    const visible = (el: Element) => {
      const cs = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return cs.display !== 'none' && cs.visibility !== 'hidden' && Number(cs.opacity) > 0 && r.width > 0 && r.height > 0;
    };
    for (const el of document.querySelectorAll('.reveal .slides section *')) {
      if (el.closest('aside.notes, .sr-only, [aria-hidden="true"], svg, canvas') || !visible(el)) continue;
      const id = el.closest('section')?.id ?? '?';
      const r = el.getBoundingClientRect();
      if (r.left < -1 || r.right > vw + 1) wide.push(`${id}: <${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> ${Math.round(r.left)}..${Math.round(r.right)}`);
      const text = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('').trim();
      if (!text) continue;
      const px = parseFloat(getComputedStyle(el).fontSize);
      if (px < 16) small.push(`${id}: ${px}px 「${text.slice(0, 16)}」`);
    }
    const viewport = document.querySelector('.reveal-viewport') ?? document.body;
    return { small, wide, scrollWidth: Math.max(viewport.scrollWidth, document.documentElement.scrollWidth), clientWidth: vw };
  });
}

async function assertChartsDrawn(page: Page, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    await page.$eval(`#${id} .chart-canvas`, (el) => el.scrollIntoView({ block: 'center' }));
    const paint = await chartPaint(page, `#${id} .chart-canvas`);
    expect(paint.renderer, id).toBe('canvas');
    expect(paint.width, `${id} width`).toBeGreaterThan(200);
    expect(paint.height, `${id} height`).toBeGreaterThan(150);
    expect(paint.inked, `${id} is blank`).toBeGreaterThan(0.02);
  }
}

describe('phone reading at 390×844', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is one scrolling article: no horizontal overflow, no text under 16 px, every chart drawn', async () => {
    const { page, context, errors } = await openPhone(browser);
    expect(await page.evaluate(() => window.Reveal!.isScrollView())).toBe(true);
    // Every slide is there, unscaled, one after another.
    const tops = await page.$$eval('.reveal .slides section', (els) => els.map((e) => e.getBoundingClientRect().top));
    expect(tops.length).toBe(slides.length);
    for (let i = 1; i < tops.length; i++) expect(tops[i], `slide ${i} below slide ${i - 1}`).toBeGreaterThan(tops[i - 1]);
    // Fragments a presenter would reveal step by step are visible.
    const hiddenFragments = await page.$$eval('.reveal .fragment', (els) => els.filter((e) => getComputedStyle(e).opacity !== '1').length);
    expect(hiddenFragments).toBe(0);

    const a = await audit(page);
    expect(a.scrollWidth).toBeLessThanOrEqual(a.clientWidth);
    expect(a.wide).toEqual([]);
    expect(a.small).toEqual([]);
    await assertChartsDrawn(page, chartSlides.map((s) => s.id));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the charts when the phone is turned sideways and back', async () => {
    const { page, context, errors } = await openPhone(browser);
    const chart = chartSlides[0];
    await page.setViewportSize({ width: PHONE.height, height: PHONE.width });
    await page.waitForFunction(() => !window.Reveal!.isScrollView());
    await page.evaluate((id) => window.Reveal!.slide(window.Reveal!.getSlides().findIndex((s) => s.id === id)), chart.id);
    await waitForCharts(page);
    const side = await chartPaint(page, `#${chart.id} .chart-canvas`);
    expect(side.inked, 'sideways chart is blank').toBeGreaterThan(0.02);

    await page.setViewportSize(PHONE);
    await page.waitForFunction(() => window.Reveal!.isScrollView());
    await page.waitForTimeout(100);
    await waitForCharts(page);
    await assertChartsDrawn(page, chartSlides.map((s) => s.id));
    const a = await audit(page);
    expect(a.scrollWidth).toBeLessThanOrEqual(a.clientWidth);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a deep link at its slide', async () => {
    const target = chartSlides[chartSlides.length - 1] ?? slides[slides.length - 2];
    const { page, context } = await openPhone(browser, `#/${target.id}`);
    await page.waitForTimeout(300);
    const top = await page.$eval(`#${target.id}`, (el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-2);
    expect(top).toBeLessThan(PHONE.height / 3);
    await context.close();
  });
});
