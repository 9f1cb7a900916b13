/** Text boxes in the deck's fonts, and the title and figure blocks that slides and charts share. */
import type PptxGenJS from 'pptxgenjs';
import type { Figure } from '../../model/types.ts';
import { tokens } from '../../theme/tokens.ts';
import { C, FONT, INNER_W, PAD_X, PAD_Y, pt, px, PX } from './style.ts';

export type PptxSlide = PptxGenJS.Slide;
export type TextProps = PptxGenJS.TextPropsOptions;

export const text = (over: TextProps = {}): TextProps => ({ fontFace: FONT.sans, color: C.ink, margin: 0, valign: 'top', lang: 'zh-CN', ...over });

/** A run list for a line with emphasised words, like the deck's `.em`. */
export function runs(line: string, words: readonly string[] = [], base: TextProps = {}): PptxGenJS.TextProps[] {
  const hits = words.filter((w) => w && line.includes(w));
  if (!hits.length) return [{ text: line, options: base }];
  const pattern = new RegExp(`(${hits.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'g');
  return line
    .split(pattern)
    .filter(Boolean)
    .map((part) => ({ text: part, options: hits.includes(part) ? { ...base, color: C.red, bold: true } : base }));
}

/** Title, gold rule and optional lead, as on the deck's content slides. Returns the y below it. */
export function addTitle(s: PptxSlide, title: string, lead?: string): number {
  const titleH = px(tokens.size.title * 1.25 * (title.length > 26 ? 2 : 1));
  s.addText(title, text({ x: PAD_X, y: PAD_Y, w: INNER_W, h: titleH, fontFace: FONT.serif, fontSize: pt(tokens.size.title), bold: true, color: C.red, fit: 'shrink' }));
  let y = PAD_Y + titleH + px(24);
  s.addShape('rect', { x: PAD_X, y, w: px(160), h: px(tokens.space.rule), fill: { color: C.gold }, line: { color: C.gold, width: 0 } });
  y += px(tokens.space.rule) + px(20);
  if (lead) {
    const h = px(tokens.size.small * 1.6);
    s.addText(lead, text({ x: PAD_X, y, w: INNER_W, h, fontSize: pt(tokens.size.small), color: C.inkSoft }));
    y += h + px(12);
  }
  return y + px(tokens.space.gap - 20);
}

export function addFigure(s: PptxSlide, f: Figure, x: number, y: number, w: number, numberPx: number): number {
  const valueH = px(numberPx * 1.1);
  s.addText(
    [
      { text: f.value, options: { fontFace: FONT.serif, fontSize: pt(numberPx), bold: true, color: C.red } },
      ...(f.unit ? [{ text: ` ${f.unit}`, options: { fontFace: FONT.serif, fontSize: pt(56), bold: true, color: C.goldText } }] : []),
    ],
    text({ x, y, w, h: valueH, align: 'center', valign: 'bottom' }),
  );
  let yy = y + valueH + px(8);
  const labelH = px(tokens.size.body * 1.5 * Math.ceil(f.label.length / Math.max(1, Math.floor((w / PX) / tokens.size.body))));
  s.addText(f.label, text({ x, y: yy, w, h: labelH, align: 'center', fontSize: pt(tokens.size.body) }));
  yy += labelH;
  return yy;
}
