/** Every kind of slide as native PowerPoint shapes and text, placed as the deck's CSS places them. */
import type PptxGenJS from 'pptxgenjs';
import { partName, partNumeral } from '../../model/shown.ts';
import type { NumberedPart, Speech } from '../../model/speech.ts';
import type { Deck, Slide } from '../../model/types.ts';
import { normalizePoint } from '../../model/types.ts';
import { tokens } from '../../theme/tokens.ts';
import { addChart } from './charts.ts';
import type { NativeChart } from './native.ts';
import { C, FONT, INNER_W, PAD_X, PAD_Y, pt, px, PX, SLIDE_H, SLIDE_W } from './style.ts';
import { addFigure, addTitle, runs, text, type PptxSlide, type TextProps } from './text.ts';

function darkBackground(s: PptxSlide): void {
  s.background = { color: C.red };
}

function addCover(s: PptxSlide, headline: string, deck: Deck): void {
  darkBackground(s);
  const { settings } = deck;
  s.addText(settings.meetingTitle, text({ x: PAD_X, y: px(300), w: INNER_W, h: px(70), align: 'center', fontSize: pt(44), color: C.goldOnRed, charSpacing: 8 }));
  s.addText(headline, text({ x: PAD_X, y: px(400), w: INNER_W, h: px(280), align: 'center', valign: 'middle', fontFace: FONT.serif, fontSize: pt(112), bold: true, color: C.white, fit: 'shrink' }));
  s.addShape('rect', { x: (SLIDE_W - px(280)) / 2, y: px(720), w: px(280), h: px(6), fill: { color: C.gold }, line: { color: C.gold, width: 0 } });
  const meta = [settings.date, settings.speaker].filter(Boolean).join(' · ');
  if (meta) s.addText(meta, text({ x: PAD_X, y: px(770), w: INNER_W, h: px(60), align: 'center', fontSize: pt(tokens.size.small), color: C.white }));
}

function addSection(s: PptxSlide, part: NumberedPart, speech: Speech): void {
  darkBackground(s);
  const numeralW = px(tokens.size.numeral * 1.05);
  const y = (SLIDE_H - px(tokens.size.numeral * 1.1)) / 2;
  s.addText(partNumeral(part), text({ x: PAD_X, y, w: numeralW, h: px(tokens.size.numeral * 1.1), valign: 'middle', fontFace: FONT.serif, fontSize: pt(tokens.size.numeral), bold: true, color: C.goldOnRed }));
  const x = PAD_X + numeralW + px(72);
  s.addShape('rect', { x, y: y + px(20), w: px(6), h: px(tokens.size.numeral * 1.1 - 40), fill: { color: C.gold }, line: { color: C.gold, width: 0 } });
  s.addText(partName(part, speech), text({ x: x + px(70), y, w: SLIDE_W - PAD_X - x - px(70), h: px(tokens.size.numeral * 1.1), valign: 'middle', fontFace: FONT.serif, fontSize: pt(80), bold: true, color: C.white, fit: 'shrink' }));
}

function addPoints(s: PptxSlide, slide: Slide & { kind: 'points' }): void {
  const y = addTitle(s, slide.title, slide.lead);
  const points = slide.points.map(normalizePoint);
  const base: TextProps = { fontFace: FONT.sans, fontSize: pt(tokens.size.body), color: C.ink };
  const paras: PptxGenJS.TextProps[] = [];
  points.forEach((p, i) => {
    const r = runs(p.text, p.emphasis, base);
    r[0] = { text: r[0].text, options: { ...r[0].options, bullet: { code: '25C6', indent: pt(44) }, paraSpaceAfter: pt(22), lineSpacingMultiple: 1.3 } };
    if (i < points.length - 1) r[r.length - 1] = { text: r[r.length - 1].text, options: { ...r[r.length - 1].options, breakLine: true } };
    paras.push(...r);
  });
  s.addText(paras, text({ x: PAD_X, y, w: INNER_W, h: SLIDE_H - y - PAD_Y, fit: 'shrink' }));
}

function addCards(s: PptxSlide, slide: Slide & { kind: 'cards' }): void {
  const top = addTitle(s, slide.title, slide.lead);
  if (slide.layout === 'rows') return addCardRows(s, slide, top);
  const n = slide.cards.length;
  // As deck.css: four cards make a 2×2 grid, six a 3×2 grid, otherwise one row; a flow is one row with arrows.
  const cols = slide.layout === 'flow' ? n : n === 4 ? 2 : n === 6 ? 3 : n;
  const rows = Math.ceil(n / cols);
  const gap = px(slide.layout === 'flow' ? 64 : tokens.space.gap);
  const w = (INNER_W - gap * (cols - 1)) / cols;
  // Cards are as tall as their content (as in the deck's grid), centred in the space left.
  const charsPerLine = (width: number, size: number): number => Math.max(1, Math.floor((width - px(80)) / PX / size));
  const solo = (c: (typeof slide.cards)[number]): boolean => !c.body?.length;
  const headingPx = (c: (typeof slide.cards)[number]): number => (solo(c) ? 56 : 46);
  const cardHeight = (c: (typeof slide.cards)[number]): number =>
    px(solo(c) ? 128 : 84) +
    (c.label ? px(tokens.size.caption * 1.5 + 10) : 0) +
    px(headingPx(c) * 1.35 * Math.ceil(c.heading.length / charsPerLine(w, headingPx(c))) + 16) +
    (c.body ?? []).reduce((sum, b) => sum + px(tokens.size.small * 1.5 * Math.ceil((b.length + 1) / charsPerLine(w - px(26), tokens.size.small)) + 10), 0);
  const space = SLIDE_H - PAD_Y - top;
  const h = Math.min((space - gap * (rows - 1)) / rows, Math.max(...slide.cards.map(cardHeight)));
  const offset = Math.max(0, (space - (h * rows + gap * (rows - 1))) / 2);
  slide.cards.forEach((c, i) => {
    const x = PAD_X + (i % cols) * (w + gap);
    const y = top + offset + Math.floor(i / cols) * (h + gap);
    s.addShape('rect', { x, y, w, h, fill: { color: C.white }, line: { color: C.neutralLight, width: 0.75 } });
    s.addShape('rect', { x, y, w, h: px(6), fill: { color: C.red }, line: { color: C.red, width: 0 } });
    const centred = solo(c) || slide.layout === 'flow';
    const parts: PptxGenJS.TextProps[] = [];
    if (c.label) parts.push({ text: c.label, options: { fontSize: pt(tokens.size.caption), color: C.goldText, bold: true, breakLine: true, paraSpaceAfter: pt(10), charSpacing: 1 } });
    parts.push({ text: c.heading, options: { fontFace: FONT.serif, fontSize: pt(headingPx(c)), bold: true, color: solo(c) ? C.red : C.ink, breakLine: Boolean(c.body?.length), paraSpaceAfter: pt(16) } });
    (c.body ?? []).forEach((b, j, all) =>
      parts.push({ text: b, options: { fontSize: pt(tokens.size.small), color: C.inkSoft, breakLine: j < all.length - 1, paraSpaceAfter: pt(10), bullet: centred ? undefined : { code: '25C6', indent: pt(26) } } }),
    );
    s.addText(parts, text({ x: x + px(40), y: y + px(40), w: w - px(80), h: h - px(84), align: centred ? 'center' : 'left', valign: centred ? 'middle' : 'top', fit: 'shrink', lineSpacingMultiple: 1.1 }));
    if (slide.layout === 'flow' && i < n - 1) {
      s.addText('›', text({ x: x + w, y: y + h / 2 - px(50), w: gap, h: px(100), align: 'center', valign: 'middle', fontFace: FONT.serif, fontSize: pt(72), color: C.goldText }));
    }
  });
}

/** `rows`: one card per row, a red bar at the left, heading left and body right (deck.css .cards-rows). */
function addCardRows(s: PptxSlide, slide: Slide & { kind: 'cards' }, top: number): void {
  const n = slide.cards.length;
  const gap = px(18);
  const space = SLIDE_H - PAD_Y - top;
  const h = Math.min(px(tokens.size.body * 1.6 + 48 + 20), (space - gap * (n - 1)) / n);
  const offset = Math.max(0, (space - (h * n + gap * (n - 1))) / 2);
  const headW = px(46 * 6.2 + 40);
  slide.cards.forEach((c, i) => {
    const y = top + offset + i * (h + gap);
    s.addShape('rect', { x: PAD_X, y, w: INNER_W, h, fill: { color: C.white }, line: { color: C.neutralLight, width: 0.75 } });
    s.addShape('rect', { x: PAD_X, y, w: px(8), h, fill: { color: C.red }, line: { color: C.red, width: 0 } });
    s.addText(c.heading, text({ x: PAD_X + px(48), y, w: headW, h, valign: 'middle', fontFace: FONT.serif, fontSize: pt(46), bold: true, color: C.red, fit: 'shrink' }));
    if (c.body?.length) {
      s.addText(c.body.map((b, j, all) => ({ text: b, options: { breakLine: j < all.length - 1 } })), text({ x: PAD_X + px(48) + headW + px(48), y, w: INNER_W - headW - px(48 * 2 + 40), h, valign: 'middle', fontSize: pt(tokens.size.body), color: C.ink, fit: 'shrink' }));
    }
  });
}

function addFigures(s: PptxSlide, slide: Slide & { kind: 'figures' }): void {
  const top = addTitle(s, slide.title, slide.lead);
  const n = slide.figures.length;
  const gap = px(96);
  const w = Math.min(px(520), (INNER_W - gap * (n - 1)) / n);
  const total = w * n + gap * (n - 1);
  const y = top + (SLIDE_H - PAD_Y - top - px(tokens.size.figure * 1.1 + tokens.size.body * 1.5 + 60)) / 2;
  slide.figures.forEach((f, i) => addFigure(s, f, PAD_X + (INNER_W - total) / 2 + i * (w + gap), Math.max(top, y), w, tokens.size.figure));
}

function addQuote(s: PptxSlide, slide: Slide & { kind: 'quote' }): void {
  const lineH = px(tokens.size.display * 1.45);
  const blockH = lineH * slide.lines.length + (slide.caption ? px(40 + 28 + 4 + tokens.size.small * 1.6) : 0);
  let y = (SLIDE_H - blockH) / 2;
  s.addText(
    slide.lines.map((l, i) => ({ text: l, options: { breakLine: i < slide.lines.length - 1 } })),
    text({ x: PAD_X, y, w: INNER_W, h: lineH * slide.lines.length, align: 'center', valign: 'middle', fontFace: FONT.serif, fontSize: pt(tokens.size.display), bold: true, color: C.red, lineSpacingMultiple: 1.2, fit: 'shrink' }),
  );
  y += lineH * slide.lines.length + px(40);
  if (slide.caption) {
    s.addShape('rect', { x: (SLIDE_W - px(120)) / 2, y, w: px(120), h: px(tokens.space.rule), fill: { color: C.gold }, line: { color: C.gold, width: 0 } });
    s.addText(slide.caption, text({ x: PAD_X, y: y + px(32), w: INNER_W, h: px(tokens.size.small * 1.6), align: 'center', fontSize: pt(tokens.size.small), color: C.inkSoft }));
  }
}

function addClosing(s: PptxSlide, slide: Slide & { kind: 'closing' }): void {
  darkBackground(s);
  const lineH = px(84 * 1.35);
  s.addText(
    slide.lines.map((l, i) => ({ text: l, options: { breakLine: i < slide.lines.length - 1, paraSpaceAfter: pt(28) } })),
    text({ x: PAD_X, y: PAD_Y, w: INNER_W, h: SLIDE_H - 2 * PAD_Y, align: 'center', valign: 'middle', fontFace: FONT.serif, fontSize: pt(84), bold: true, color: C.white, fit: 'shrink', lineSpacingMultiple: 1.1 }),
  );
  void lineH;
}

/** The slide's native shapes; `deck` and `speech` are the shown (district-named) ones; `chart`, a chart slide's native form. */
export function addNative(s: PptxSlide, slide: Slide, deck: Deck, speech: Speech, chart?: NativeChart): void {
  switch (slide.kind) {
    case 'cover':
      return addCover(s, slide.headline, deck);
    case 'section':
      return addSection(s, slide.part, speech);
    case 'points':
      return addPoints(s, slide);
    case 'cards':
      return addCards(s, slide);
    case 'figures':
      return addFigures(s, slide);
    case 'quote':
      return addQuote(s, slide);
    case 'chart':
      if (!chart) throw new Error(`no native chart for ${slide.id}`);
      return addChart(s, slide, chart);
    case 'closing':
      return addClosing(s, slide);
    default: {
      const never: never = slide;
      throw new Error(`未知的幻灯片类型 / unknown slide kind: ${JSON.stringify(never)}`);
    }
  }
}
