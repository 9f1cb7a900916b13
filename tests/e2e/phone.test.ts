/**
 * Phone reading at 390×844: the deck is one scrolling article with no
 * horizontal overflow, no text under 16 px and every chart drawn; turning
 * the phone sideways and back keeps the charts; deep links land on the slide;
 * a reader bar (no keys on a phone) opens the 目录 and the export menu in view.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deck } from '../../slides/index.ts';
import { deckSlides } from '../../src/model/types.ts';
import { chartPaint, launchBrowser, openDeck, waitForCharts, waitForDeck } from './helpers.ts';

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
  await waitForDeck(page);
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
    // After a turn of the phone the charts re-fit a moment later: wait until drawn, then say what is wrong if never.
    const drawn = async () => {
      const p = await chartPaint(page, `#${id} .chart-canvas`);
      return p.renderer === 'svg' && p.width > 200 && p.height > 150 && p.inked > 2;
    };
    await expect
      .poll(drawn, { timeout: 10_000 })
      .toBe(true)
      .catch(() => undefined);
    const paint = await chartPaint(page, `#${id} .chart-canvas`);
    expect(paint.renderer, id).toBe('svg');
    expect(paint.width, `${id} width`).toBeGreaterThan(200);
    expect(paint.height, `${id} height`).toBeGreaterThan(150);
    // Painted shapes and texts of some size (chartPaint): more than an empty frame.
    expect(paint.inked, `${id} is blank`).toBeGreaterThan(2);
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
    await waitForCharts(page);
    await assertChartsDrawn(page, chartSlides.map((s) => s.id));
    const a = await audit(page);
    expect(a.scrollWidth).toBeLessThanOrEqual(a.clientWidth);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has a reader bar under the article that opens the 目录 in view; a tap on a part scrolls there', async () => {
    const { page, context, errors } = await openPhone(browser);
    const bar = page.locator('.phone-bar');
    expect(await bar.isVisible()).toBe(true);
    const geo = await page.evaluate(() => {
      const r = (el: Element | null) => el!.getBoundingClientRect();
      const b = r(document.querySelector('.phone-bar'));
      const buttons = [...document.querySelectorAll('.phone-bar button')].map((el) => r(el));
      return { bar: { top: b.top, bottom: b.bottom, left: b.left, right: b.right }, page: r(document.querySelector('.reveal-viewport')).bottom, buttons: buttons.map((x) => ({ w: x.width, h: x.height })) };
    });
    // At the bottom of the screen, full width, thumb-sized buttons.
    expect(geo.bar.bottom).toBeLessThanOrEqual(PHONE.height + 0.5);
    expect(geo.bar.bottom).toBeGreaterThan(PHONE.height - 2);
    expect(geo.bar.left).toBeGreaterThanOrEqual(0);
    expect(geo.bar.right).toBeLessThanOrEqual(PHONE.width);
    for (const b of geo.buttons) expect(Math.min(b.w, b.h)).toBeGreaterThanOrEqual(44);
    // The scrolling page ends where the bar begins: the bar never lies over slide text.
    expect(geo.page).toBeLessThanOrEqual(geo.bar.top + 0.5);

    // Read a while, then open the 目录: it shows in the viewport, not at the top of the article.
    await page.evaluate(() => document.querySelector('.reveal-viewport')!.scrollTo(0, 5000));
    await page.tap('.phone-bar-toc');
    const toc = page.locator('.deck-overlay-toc');
    await expect.poll(() => toc.isVisible()).toBe(true);
    const panel = await page.$eval('.deck-overlay-toc .deck-overlay-panel', (el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, overflowY: getComputedStyle(el).overflowY, items: el.querySelectorAll('.toc-item').length };
    });
    expect(panel.top).toBeGreaterThanOrEqual(0);
    expect(panel.bottom).toBeLessThanOrEqual(PHONE.height + 0.5);
    expect(panel.left).toBeGreaterThanOrEqual(0);
    expect(panel.right).toBeLessThanOrEqual(PHONE.width + 0.5);
    // Long content scrolls inside the panel.
    expect(panel.overflowY).toBe('auto');
    expect(panel.items).toBeGreaterThanOrEqual(6);
    // Every entry can be tapped (a finger-sized target inside the screen once scrolled to).
    const item = page.locator('.toc-item[data-part="s4"]');
    const box = await item.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await item.tap();
    await expect.poll(() => toc.isVisible()).toBe(false);
    const target = await item.getAttribute('data-slide');
    await expect.poll(() => page.$eval(`#${target}`, (el) => Math.round(el.getBoundingClientRect().top))).toBeGreaterThanOrEqual(-2);
    const top = await page.$eval(`#${target}`, (el) => el.getBoundingClientRect().top);
    expect(top).toBeLessThan(PHONE.height / 4);
    expect(await page.evaluate(() => location.hash)).toBe(`#/${target}`);
    // Opened again, the 目录 marks the part being read; the close button closes it (no Esc on a phone).
    await page.tap('.phone-bar-toc');
    await expect.poll(() => toc.isVisible()).toBe(true);
    expect(await page.$eval('.toc-item[aria-current]', (el) => (el as HTMLElement).dataset.part)).toBe('s4');
    await page.tap('.deck-overlay-toc .deck-overlay-close');
    await expect.poll(() => toc.isVisible()).toBe(false);

    // The export menu opens in view too, and a phone reader can close it without keys.
    await page.tap('.phone-bar-export');
    const menu = page.locator('.deck-overlay-export');
    await expect.poll(() => menu.isVisible()).toBe(true);
    const m = await page.$eval('.deck-overlay-export .deck-overlay-panel', (el) => ({ top: el.getBoundingClientRect().top, bottom: el.getBoundingClientRect().bottom }));
    expect(m.top).toBeGreaterThanOrEqual(0);
    expect(m.bottom).toBeLessThanOrEqual(PHONE.height + 0.5);
    expect(await menu.getByRole('button', { name: /PowerPoint/ }).isVisible()).toBe(true);
    await page.tap('.deck-overlay-export .deck-overlay-close');
    await expect.poll(() => menu.isVisible()).toBe(false);

    const a = await audit(page);
    expect(a.scrollWidth).toBeLessThanOrEqual(a.clientWidth);
    expect(a.wide).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows no reader bar and no close buttons when presenting on a wide screen', async () => {
    const { page, context, errors } = await openDeck(browser, inject('deckUrl'));
    expect(await page.evaluate(() => window.Reveal!.isScrollView())).toBe(false);
    expect(await page.locator('.phone-bar').count()).toBe(1);
    expect(await page.locator('.phone-bar').isVisible()).toBe(false);
    await page.keyboard.press('m');
    await expect.poll(() => page.locator('.deck-overlay-toc').isVisible()).toBe(true);
    expect(await page.locator('.deck-overlay-toc .deck-overlay-close').isVisible()).toBe(false);
    expect(await page.locator('.deck-overlay-toc .deck-overlay-foot').textContent()).toContain('Esc');
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a deep link at its slide', async () => {
    const target = chartSlides[chartSlides.length - 1] ?? slides[slides.length - 2];
    const { page, context } = await openPhone(browser, `#/${target.id}`);
    // phone.ts scrolls there after reveal's layout and again once the fonts are in: poll for the slide reaching the top.
    const top = () => page.$eval(`#${target.id}`, (el) => el.getBoundingClientRect().top);
    const atTop = async () => {
      const t = await top();
      return t >= -2 && t < PHONE.height / 3;
    };
    await expect.poll(atTop).toBe(true);
    // And it stays there (a late layout pass must not move the reader off it).
    await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
    expect(await top()).toBeGreaterThanOrEqual(-2);
    expect(await top()).toBeLessThan(PHONE.height / 3);
    await context.close();
  });
});
