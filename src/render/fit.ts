/**
 * Type that uses the canvas: the largest size at which a few lines fill the
 * content box without wrapping. Slides with few, short lines get large type;
 * long lists get the body size. Sizes come from the tokens, per canvas width,
 * and reach the CSS as custom properties on the element.
 */
import { tokens } from '../theme/tokens.ts';

/** Width of a line in em: CJK and full-width characters 1em, the rest about 0.6em. */
export function emWidth(s: string): number {
  let n = 0;
  for (const ch of s) n += ch.charCodeAt(0) < 0x2000 ? 0.6 : 1;
  return n;
}

interface Range {
  readonly min: number;
  readonly max: number;
}

function fit(lines: readonly string[], range: Range, width: number, height: number, lineEm: number, extraEm: number): number {
  const widest = Math.max(1, ...lines.map(emWidth)) + extraEm;
  const byWidth = width / widest;
  const byHeight = height / Math.max(1, lines.length * lineEm);
  return Math.floor(Math.max(range.min, Math.min(range.max, byWidth, byHeight)));
}

/** `--fit-wide` and `--fit-narrow` for a list of points (one line each, plus spacing between them). */
export function pointsFit(lines: readonly string[]): Record<string, string> {
  const { box, points, markerEm } = tokens.fit;
  // Each point takes its line height plus some room to the next: about 1.9em.
  const size = (w: number) => fit(lines, points, w, box.height, 1.9, markerEm);
  return { '--fit-wide': `${size(box.wide)}px`, '--fit-narrow': `${size(box.narrow)}px` };
}

/** The same for a quotation's lines, which take the whole slide (no title): about 1.5em a line. */
export function quoteFit(lines: readonly string[]): Record<string, string> {
  const { box, quote } = tokens.fit;
  const size = (w: number) => fit(lines, quote, w - 80, box.height, 1.5, 0);
  return { '--fit-wide': `${size(box.wide)}px`, '--fit-narrow': `${size(box.narrow)}px` };
}

/** Inline custom properties, as a style attribute value. */
export function styleOf(vars: Record<string, string>): string {
  return Object.entries(vars)
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ');
}

/** Columns a cards grid uses for `count` cards (deck.css: 4 → 2×2, 6 → 3×2). */
export function cardColumns(count: number, layout: 'columns' | 'flow' | 'rows'): number {
  if (layout === 'rows') return 1;
  if (layout === 'flow') return count;
  return count === 4 ? 2 : count === 6 ? 3 : count;
}

/**
 * Heading and line sizes for a set of cards: as large as the widest heading
 * (or line) allows in one card's width, within the tokens' card ranges.
 */
export function cardsFit(cards: readonly { heading: string; body?: readonly string[] }[], layout: 'columns' | 'flow' | 'rows'): Record<string, string> {
  const { box, card } = tokens.fit;
  const cols = cardColumns(cards.length, layout);
  // Statements (a heading and at most one line) get the large range.
  const brief = layout !== 'rows' && cards.every((c) => (c.body?.length ?? 0) <= 1);
  const heading = brief ? card.solo : card.heading;
  // Room inside one card: the grid gap (or a flow arrow) between cards, the card's own padding.
  const inner = (w: number) => ((w - (cols - 1) * (layout === 'flow' ? 84 : 40)) / cols - 96) * 0.94;
  // A row sets its label, heading and lines side by side: the heading gets a quarter, the lines half.
  const share = layout === 'rows' ? { heading: 0.25, body: 0.5 } : { heading: 1, body: 1 };
  // Rows of a grid share the height; each card also holds its padding and label (about 150px).
  const gridRows = layout === 'rows' ? cards.length : Math.ceil(cards.length / cols);
  const perRow = (box.height - (gridRows - 1) * 40) / gridRows - (layout === 'rows' ? 48 : brief ? 210 : 150);
  // fit() shares the height among the headings; each card has one row's height to itself.
  // A long statement reads better large on two balanced lines than small on one (text-wrap: balance).
  const widest = Math.max(...cards.map((c) => emWidth(c.heading)));
  const twoLines = brief && widest > 6;
  const headings = twoLines ? cards.map((c) => '字'.repeat(Math.ceil(emWidth(c.heading) / 2) + 1)) : cards.map((c) => c.heading);
  const headingSize = (w: number) => fit(headings, heading, inner(w) * share.heading, (perRow * cards.length) / (twoLines ? 2 : 1), 1.3, 0);
  const lines = cards.flatMap((c) => c.body ?? []);
  const bodySize = (w: number) => (lines.length ? fit(lines, card.body, (inner(w) - 30) * share.body, box.height, 1.5, 0) : card.body.min);
  return {
    '--heading-wide': `${headingSize(box.wide)}px`,
    '--heading-narrow': `${headingSize(box.narrow)}px`,
    '--body-wide': `${bodySize(box.wide)}px`,
    '--body-narrow': `${bodySize(box.narrow)}px`,
  };
}
