/**
 * reveal.js print view (`?print-pdf`) helpers: the query, a per-page check
 * that every chart is drawn, and per-page pictures.
 */
import type { Page } from 'playwright-core';
import { ExportError, msg } from './messages.ts';
import type { Progress } from './progress.ts';

export interface PrintQueryOptions {
  readonly splitFragments?: boolean;
  /** Pictures want pages exactly 1080 px tall; PDFs keep reveal's 1 px safety offset against a blank extra page. */
  readonly exactPages?: boolean;
}

/** margin=0 makes reveal's @page exactly the 1920×1080 design size: one slide per page, no frame. */
export function printQuery({ splitFragments = false, exactPages = false }: PrintQueryOptions = {}): string {
  let q = '?print-pdf&margin=0';
  q += `&pdfSeparateFragments=${splitFragments}`;
  if (exactPages) q += '&pdfPageHeightOffset=0';
  return q;
}

export interface PrintPage {
  /** 0-based page index in the print view. */
  readonly index: number;
  /** The id of the deck slide on this page. */
  readonly slideId: string;
  readonly charts: number;
}

/** Walks the print view page by page, reporting progress and failing on any blank chart. */
export async function checkPages(page: Page, log: Progress, titleOf: (id: string) => string, expectedIds?: readonly string[]): Promise<PrintPage[]> {
  const pages = await page.$$eval('.reveal .pdf-page', (els) =>
    els.map((el, index) => {
      const section = el.querySelector('section[id]');
      const charts = Array.from(el.querySelectorAll<HTMLElement>('.chart-canvas[data-chart-for]'));
      const blank = charts.filter((c) => {
        const svg = c.querySelector('svg');
        return !svg || svg.querySelectorAll('path, rect, circle, text').length < 2 || c.clientWidth < 10 || c.clientHeight < 10;
      });
      return { index, slideId: section?.id ?? '', charts: charts.length, blank: blank.map((c) => c.dataset.chartFor ?? '') };
    }),
  );
  if (pages.length === 0) throw new ExportError(msg.failed('打印视图没有页面 / the print view has no pages'));
  const shown = [...new Set(pages.map((p) => p.slideId))];
  if (expectedIds && shown.join() !== expectedIds.join()) {
    const missing = expectedIds.filter((id) => !shown.includes(id));
    const extra = shown.filter((id) => !expectedIds.includes(id));
    throw new ExportError(msg.staleBuild([...missing.map((id) => `-${id}`), ...extra.map((id) => `+${id}`)].slice(0, 6).join(' ') || 'order'));
  }
  for (const p of pages) {
    if (p.blank.length) throw new ExportError(msg.failed(`第 ${p.index + 1} 页的图表没有绘制 / chart not drawn on page ${p.index + 1}: ${p.blank.join(', ')}`));
    log.step(p.index + 1, pages.length, `${p.slideId} ${titleOf(p.slideId)}${p.charts ? `（图表 ${p.charts} / charts ${p.charts}）` : ''}`);
  }
  return pages.map(({ index, slideId, charts }) => ({ index, slideId, charts }));
}

/** A 1920×1080 picture of one print-view page. */
export async function pagePicture(page: Page, index: number, type: 'png' | 'jpeg'): Promise<Buffer> {
  // Scroll the page to the top of the 1920×1080 viewport and take the viewport: far cheaper than a full-page capture.
  const box = await page.$eval(`.reveal .pdf-page:nth-of-type(${index + 1})`, (el) => {
    el.scrollIntoView({ block: 'start' });
    const r = el.getBoundingClientRect();
    return { x: r.left, y: r.top };
  });
  return page.screenshot({ type, quality: type === 'jpeg' ? 85 : undefined, clip: { x: box.x, y: box.y, width: 1920, height: 1080 }, animations: 'disabled' });
}
