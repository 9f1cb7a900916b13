/** Small shared pieces for the chart types: type sizes, number formatting, escaping, colours. */
import type { CustomSeriesRenderItemReturn } from 'echarts';
import { chineseNumeral } from '../model/numerals.ts';
import { alpha } from '../theme/colour.ts';
import { tokens } from '../theme/tokens.ts';

export { alpha };

export interface BuildOptions {
  /** Off in print and under prefers-reduced-motion. */
  readonly animation: boolean;
  /** Narrow containers (phones): fewer, larger labels. */
  readonly compact?: boolean;
  /** The container's width in design pixels, for labels that must wrap to fit; a 1680px slide body if unknown. */
  readonly width?: number;
}

/** Label sizes at the 1920×1080 design size; never below the caption size (26px). */
export function sizes(opts: BuildOptions): { label: number; strong: number; big: number } {
  return opts.compact
    ? { label: tokens.size.caption, strong: tokens.size.small, big: 44 }
    : { label: tokens.size.small, strong: tokens.size.body, big: 56 };
}

export function animation(opts: BuildOptions): { animation: boolean; animationDuration: number; animationDurationUpdate: number } {
  return { animation: opts.animation, animationDuration: tokens.motion.chartMs, animationDurationUpdate: tokens.motion.chartMs };
}

/** Chinese numerals for small counts of years (一年, 三年, 五年); digits beyond what a numeral writes. */
export function cnNumber(n: number): string {
  return chineseNumeral(n) ?? String(n);
}

/** Rounds to at most `digits` decimals and drops trailing zeros. */
export function fmt(n: number, digits = 1): string {
  const f = 10 ** digits;
  return String(Math.round(n * f) / f);
}

/** The container width the builder lays out for. */
export function widthOf(opts: BuildOptions): number {
  return opts.width && opts.width > 0 ? opts.width : 1680;
}

export const font = tokens.font;
export const color = tokens.color;

/** A conservative width estimate: CJK and full-width characters 1em, the rest 0.6em. */
export function textWidth(s: string, size: number): number {
  let em = 0;
  for (const ch of s) em += ch.charCodeAt(0) < 0x2000 ? 0.6 : 1;
  return em * size;
}

/**
 * Wraps a list of names into lines no wider than `width`, breaking between
 * names (the separator stays at the line end, never starts a line) and inside
 * a name only when it is longer than a line.
 */
export function wrapList(items: readonly string[], sep: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  items.forEach((item, i) => {
    const piece = item + (i < items.length - 1 ? sep : '');
    if (textWidth(line + piece, size) <= width) {
      line += piece;
      return;
    }
    if (line) lines.push(line);
    line = '';
    for (const ch of piece) {
      if (line && textWidth(line + ch, size) > width) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  });
  if (line) lines.push(line);
  return lines;
}

/** Pieces a label may break between: each CJK character alone, runs of Latin letters, digits and marks ("**", "26%") kept whole. */
function breakPieces(s: string): string[] {
  // eslint-disable-next-line no-control-regex -- the range starts at U+0000 on purpose: everything below CJK stays whole
  return s.match(/[\u0000-\u1fff]+|./gu) ?? [];
}

/**
 * The largest of `sizes` (largest first) at which `text` fits `width` in at
 * most `maxLines` lines, with its lines. Falls back to the smallest size.
 */
export function fitLabel(text: string, width: number, sizes: readonly number[], maxLines = 2): { size: number; lines: string[] } {
  for (const size of sizes) {
    if (textWidth(text, size) <= width) return { size, lines: [text] };
  }
  // Two lines read best top-heavy ("再造一个 / 新**", not "再造一 / 个新**"): try that first.
  for (const size of sizes) {
    const lines = wrapList(breakPieces(text), '', width, size);
    if (lines.length <= maxLines && textWidth(lines[0], size) >= textWidth(lines[lines.length - 1], size)) return { size, lines };
  }
  for (const size of sizes) {
    const lines = wrapList(breakPieces(text), '', width, size);
    if (lines.length <= maxLines) return { size, lines };
  }
  const size = sizes[sizes.length - 1];
  return { size, lines: wrapList(breakPieces(text), '', width, size) };
}

/** The centre for a centred text of width `w` near `x`, moved so it stays inside [pad, width − pad]. */
export function clampCentre(x: number, w: number, width: number, pad = 8): number {
  return Math.min(Math.max(x, pad + w / 2), width - pad - w / 2);
}

/** One drawn element of a custom series, in ECharts' own option types. */
export type ChartElement = NonNullable<CustomSeriesRenderItemReturn>;
