/**
 * How much of the slide canvas each slide uses, measured in the page: the
 * union box of the visible text (Range rects of text nodes) and the charts
 * on a slide with every fragment shown, against the slide's canvas; plus the
 * smallest text and the size of the body text. Shared by `scripts/canvas.ts`
 * and `tests/e2e/canvas.test.ts`.
 */
import type { Page } from 'playwright-core';
import { waitForCharts } from './wait-for-deck.ts';

export interface CanvasUse {
  readonly id: string;
  readonly kind: string;
  /** Union box area / canvas area, 0–1. */
  readonly share: number;
  /** Smallest font size of any visible text on the slide, in canvas px. */
  readonly minFont: number;
  /** Smallest font size of the body lines (points, card headings and lines, quote lines), in canvas px. */
  readonly bodyFont: number;
  /** How many body lines the slide has (points, card headings, card lines, quote lines). */
  readonly lines: number;
}

/** Cover, dividers and closing are composed on their own; every other slide is a body slide. */
export const FRAME_KINDS: ReadonlySet<string> = new Set(['cover', 'section', 'closing']);

/** Measures the slide at `index` (navigates there and shows every fragment). Reveal must be ready. */
export async function measureSlide(page: Page, index: number): Promise<CanvasUse> {
  await page.evaluate((i) => window.Reveal!.slide(i, 0, Number.MAX_SAFE_INTEGER), index);
  await waitForCharts(page);
  // Let fragments and the slide transition reach their final boxes (transforms end at their targets).
  await page.waitForFunction(
    (i) => {
      const s = window.Reveal!.getSlides()[i];
      return s.classList.contains('present') && Array.from(s.querySelectorAll<HTMLElement>('.fragment')).every((f) => getComputedStyle(f).opacity === '1');
    },
    index,
    { timeout: 10_000 },
  );
  // tsx names inner functions with a `__name` helper that the page does not have.
  await page.evaluate('globalThis.__name ??= (f) => f');
  return page.evaluate((i) => {
    const slide = window.Reveal!.getSlides()[i];
    const scale = window.Reveal!.getScale();
    const { width: cw, height: ch } = window.Reveal!.getComputedSlideSize();
    const box = slide.getBoundingClientRect();
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    const add = (r: DOMRect) => {
      if (r.width < 1 || r.height < 1) return;
      x0 = Math.min(x0, r.left);
      y0 = Math.min(y0, r.top);
      x1 = Math.max(x1, r.right);
      y1 = Math.max(y1, r.bottom);
    };
    let minFont = Infinity;
    const inner = slide.querySelector('.slide-inner');
    const walker = document.createTreeWalker(inner ?? slide, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent?.trim()) continue;
      const el = n.parentElement!;
      if (el.closest('[hidden], .sr-only, .notes')) continue;
      const cs = getComputedStyle(el);
      if (cs.visibility === 'hidden' || cs.display === 'none') continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const rects = Array.from(range.getClientRects());
      if (!rects.length) continue;
      rects.forEach(add);
      minFont = Math.min(minFont, parseFloat(cs.fontSize));
    }
    slide.querySelectorAll('.chart-canvas').forEach((c) => add(c.getBoundingClientRect()));
    const bodyEls = Array.from(slide.querySelectorAll<HTMLElement>('.points li, .card-heading, .card-body li, .quote-line, .figure-label'));
    const bodyFont = bodyEls.length ? Math.min(...bodyEls.map((e) => parseFloat(getComputedStyle(e).fontSize))) : Infinity;
    // Clip to the slide: text outside it is overflow, caught by the layout test.
    const w = Math.max(0, Math.min(x1, box.right) - Math.max(x0, box.left));
    const h = Math.max(0, Math.min(y1, box.bottom) - Math.max(y0, box.top));
    return {
      id: slide.id,
      kind: slide.dataset.kind ?? '',
      share: (w * h) / (cw * scale * ch * scale),
      minFont,
      bodyFont,
      lines: bodyEls.length,
    };
  }, index);
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
