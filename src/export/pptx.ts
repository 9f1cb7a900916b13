/**
 * Deck model → editable PowerPoint, shared by the CLI (`npm run export -- pptx`)
 * and the in-deck export menu. Pure: it takes the pptxgenjs constructor as an
 * argument, so the browser can load pptxgenjs lazily and Node can import it.
 *
 * Every slide is built from the same typed records the browser renders:
 * titles, points, cards, figures and quotes become real text boxes in the
 * deck's fonts and colours; charts become native PowerPoint charts with
 * their data embedded; the speech paragraphs become the speaker notes.
 */
import JSZip from 'jszip';
import type PptxGenJS from 'pptxgenjs';
import { doublingBars } from '../charts/builders/doubling.ts';
import { FORECAST_QUALIFIER, itemText } from '../charts/builders/forecast.ts';
import { honourCounts } from '../charts/builders/honours.ts';
import { namedList } from '../charts/builders/plan-counts.ts';
import { spanLabel, spanText } from '../charts/builders/roadmap.ts';
import type { ChartSpec, DoublingSpec, ForecastSpec, HonoursSpec, PlanCountsSpec, RoadmapSpec } from '../charts/specs.ts';
import { notesText } from '../model/notes.ts';
import { partName, partNumeral, type ShownModel } from '../model/shown.ts';
import type { NumberedPart, Speech } from '../model/speech.ts';
import type { Deck, Figure, Slide } from '../model/types.ts';
import { normalizePoint } from '../model/types.ts';
import { tokens } from '../theme/tokens.ts';

type Pptx = PptxGenJS;
type PptxSlide = PptxGenJS.Slide;
type TextProps = PptxGenJS.TextPropsOptions;
export type PptxConstructor = new () => PptxGenJS;

/** Slide size in inches (PowerPoint's 16:9 "wide" layout) and the deck's px → in factor. */
export const SLIDE_W = 13.333;
export const SLIDE_H = 7.5;
const PX = SLIDE_W / tokens.size.slideWidth;
const px = (n: number): number => Math.round(n * PX * 1000) / 1000;
/** Font size in points for a size in deck pixels (1920 px = 13.333 in = 960 pt). */
const pt = (n: number): number => Math.round(n * PX * 72 * 10) / 10;

/**
 * The first installable face of a CSS font stack. The "Deck …" faces are
 * subset web fonts that exist only inside the page, so Office gets the full
 * family they were cut from; Office falls back to its own CJK face when absent.
 */
export function officeFont(stack: string): string {
  const names = stack.split(',').map((s) => s.trim().replace(/^["']|["']$/g, ''));
  return names.find((n) => !/^Deck /.test(n) && !/^(serif|sans-serif)$/.test(n)) ?? names[0];
}

export const FONT = { serif: officeFont(tokens.font.serif), sans: officeFont(tokens.font.sans) } as const;

const hex = (c: string): string => c.replace('#', '').toUpperCase();
const C = Object.fromEntries(Object.entries(tokens.color).map(([k, v]) => [k, hex(v)])) as { [K in keyof typeof tokens.color]: string };

const PAD_X = px(tokens.space.padX);
const PAD_Y = px(tokens.space.padY);
const INNER_W = SLIDE_W - 2 * PAD_X;

// ---------------------------------------------------------------- charts

export type NativeChartType = 'bar' | 'line' | 'doughnut';

export interface NativeSeries {
  readonly name: string;
  readonly labels: readonly string[];
  readonly values: readonly number[];
  /** Fixed text on this series' bars instead of a value: its lengths are a drawing convention, not data ("以上"). */
  readonly label?: string;
}

/** A chart as PowerPoint stores it: type, series (the embedded data), options, and notes drawn beside it. */
export interface NativeChart {
  readonly type: NativeChartType;
  readonly series: readonly NativeSeries[];
  readonly options: PptxGenJS.IChartOpts;
  /** Short lines set beside the chart: derived values, named items, the basis of a computation. */
  readonly captions: readonly string[];
  /** What the data is, from the chart's data table (e.g. "工业总量指数（基期=100，按“三年翻一番”推算）"). */
  readonly heading?: string;
  /** Large text in the middle of a doughnut. */
  readonly centre?: { readonly value: string; readonly note?: string };
}

const axisText = {
  catAxisLabelColor: C.ink,
  catAxisLabelFontFace: FONT.sans,
  catAxisLabelFontSize: pt(tokens.size.caption),
  valAxisLabelColor: C.inkSoft,
  valAxisLabelFontFace: FONT.sans,
  valAxisLabelFontSize: pt(tokens.size.caption),
  catAxisLineShow: true,
  catAxisLineColor: C.neutral,
  valAxisLineShow: false,
  valGridLine: { color: C.neutralLight, size: 0.75 },
  dataLabelColor: C.ink,
  dataLabelFontFace: FONT.sans,
  dataLabelFontSize: pt(tokens.size.caption),
  showLegend: false,
} satisfies PptxGenJS.IChartOpts;

/** A pale tint of a deck colour towards the paper: the "open" or "uncertain" part of a bar (PowerPoint charts have no fading fill). */
export function tint(color: string, share = 0.45): string {
  const rgb = (c: string): number[] => [0, 2, 4].map((i) => parseInt(c.slice(i, i + 2), 16));
  const [a, b] = [rgb(hex(color)), rgb(C.paper)];
  return a.map((v, i) => Math.round(v * share + b[i] * (1 - share)).toString(16).padStart(2, '0')).join('').toUpperCase();
}

/** Share of the axis the open end of a lower bound is drawn with, as in the deck's forecast builder (no data: shape only). */
export const OPEN_END_SHARE = 0.16;

function forecastChart(spec: ForecastSpec): NativeChart {
  // Floating bars: an invisible base up to the low end, then the range on top.
  // A lower bound is a bar up to the bound, then a pale open segment named "以上" (its length
  // is a drawing convention, not data: the series says so); the target is its own bar.
  // The category labels carry the exact figures so the chart never rounds them.
  const labels = [...spec.items.map((i) => `${i.name} ${itemText(i, spec.unit)}`), spec.target.name];
  const base = [...spec.items.map((i) => (i.kind === 'range' ? i.low : 0)), 0];
  const range = [...spec.items.map((i) => (i.kind === 'range' ? i.high - i.low : 0)), 0];
  const bound = [...spec.items.map((i) => (i.kind === 'lowerBound' ? i.low : 0)), 0];
  const axisMax = Math.max(spec.target.value, ...spec.items.map((i) => (i.kind === 'range' ? i.high : i.low)));
  const openLen = Math.round(axisMax * OPEN_END_SHARE);
  const open = [...spec.items.map((i) => (i.kind === 'lowerBound' ? openLen : 0)), 0];
  const target = [...spec.items.map(() => 0), spec.target.value];
  const hasOpen = spec.items.some((i) => i.kind === 'lowerBound');
  return {
    type: 'bar',
    series: [
      { name: '基数（不显示）', labels, values: base },
      { name: `预计区间（${spec.unit}）`, labels, values: range },
      { name: `预计下限（${spec.unit}）`, labels, values: bound },
      ...(hasOpen ? [{ name: '以上：上限未给出（浅色段长度仅示意，非数据）', labels, values: open, label: '以上' }] : []),
      { name: `${spec.target.name}（${spec.unit}）`, labels, values: target },
    ],
    options: {
      ...axisText,
      barDir: 'bar',
      barGrouping: 'stacked',
      barGapWidthPct: 60,
      // The base series takes the slide's paper colour: a floating bar. The open end is a pale tint of the bound.
      chartColors: [C.paper, C.red, C.gold, ...(hasOpen ? [tint(tokens.color.gold)] : []), C.redDeep],
      // As in the deck: the figures are on the labels; an axis scale would read as figures the speech does not give.
      valAxisHidden: true,
      // No legend: it would list the invisible base; the category labels and captions carry the figures.
    },
    captions: [FORECAST_QUALIFIER, ...spec.items.map((i) => `${i.name}：${itemText(i, spec.unit)}`), spec.target.name, ...(hasOpen ? ['浅色段表示“以上”'] : [])],
  };
}

function doublingChart(spec: DoublingSpec): NativeChart {
  // 1 → factor, as the deck draws it: no index path, no rate (those are derived, in the data table).
  const bars = doublingBars(spec);
  return {
    type: 'bar',
    series: [{ name: '工业总量', labels: bars.map((b) => b.name), values: bars.map((b) => b.value) }],
    options: { ...axisText, barDir: 'col', chartColors: [C.red], valAxisHidden: true, valAxisMinVal: 0, valGridLine: { style: 'none' } },
    captions: [`工业总量${bars[1].name}${bars[1].label}`, ...(spec.shareTarget ? [spec.shareTarget.label] : [])],
  };
}

function roadmapChart(spec: RoadmapSpec): NativeChart {
  // A timeline as horizontal bars: how many years from now each milestone lies.
  // The span (今后3至5年) starts NOW and ends somewhere between `from` and `to` (see specs.ts):
  // a firm segment from 0 to `from`, then a pale segment from `from` to `to` for the uncertain end.
  const labels = spec.milestones.map((m) => `${m.label}（${m.year}年）`);
  const years = spec.milestones.map((m) => m.year);
  const series: NativeSeries[] = [];
  if (spec.span) {
    const { from, to } = spec.span;
    labels.push(spanLabel(spec.span));
    years.push(0);
    series.push(
      { name: '目标节点（距今年数）', labels, values: years },
      { name: `${spec.span.label}：从现在起至少${from}年`, labels, values: [...spec.milestones.map(() => 0), from] },
      { name: `${spec.span.label}：终点在第${from}至${to}年之间`, labels, values: [...spec.milestones.map(() => 0), to - from], label: `止于第${from}至${to}年` },
    );
  } else {
    series.push({ name: '年数', labels, values: years });
  }
  return {
    type: 'bar',
    series,
    options: {
      ...axisText,
      barDir: 'bar',
      barGrouping: 'stacked',
      barGapWidthPct: 70,
      chartColors: [C.red, C.gold, tint(tokens.color.gold)],
      valAxisMinVal: 0,
      valAxisTitle: '年',
      showValAxisTitle: true,
      // The legend names the firm and the pale part of the span (no invisible series here).
      ...(spec.span ? { showLegend: true, legendPos: 'b' as const, legendFontFace: FONT.sans, legendFontSize: pt(tokens.size.caption), legendColor: C.inkSoft } : {}),
    },
    captions: spec.milestones
      .map((m) => `${m.year}年：${m.label}`)
      .concat(spec.span ? [`${spanText(spec.span)}：${spec.span.label}，从现在起持续${spec.span.from}至${spec.span.to}年`, `浅色段：机遇期的终点在第${spec.span.from}至${spec.span.to}年之间`] : []),
  };
}

function honoursChart(spec: HonoursSpec): NativeChart {
  // Bars as long as the honours named at each level, with no count written (the speech gives none).
  const groups = honourCounts(spec).filter((g) => g.count > 0);
  return {
    type: 'bar',
    series: [{ name: '荣誉称号', labels: groups.map((g) => g.level), values: groups.map((g) => g.count) }],
    options: { ...axisText, barDir: 'bar', chartColors: [C.red], showValue: false, valAxisHidden: true, valAxisMinVal: 0, valGridLine: { style: 'none' } },
    captions: groups.map((g) => `${g.level}：${g.names.join('、')}`),
  };
}

function planCountsChart(spec: PlanCountsSpec): NativeChart {
  return {
    type: 'bar',
    series: [{ name: `数量（${spec.unit}）`, labels: spec.items.map((i) => i.name), values: spec.items.map((i) => i.count) }],
    options: { ...axisText, barDir: 'bar', chartColors: [C.red], showValue: true, dataLabelPosition: 'outEnd', valAxisHidden: true, valAxisMinVal: 0 },
    captions: spec.items.filter((i) => i.named.length).map((i) => `${i.name}：${namedList(i).join('、')}`),
  };
}

/** The native PowerPoint form of a chart, or undefined when there is no faithful one (the slide becomes a picture). */
export function nativeChart(spec: ChartSpec): NativeChart | undefined {
  // Only the speech's figures: derived values stay in the deck's data table and the notes.
  return nativeForm(spec);
}

function nativeForm(spec: ChartSpec): NativeChart | undefined {
  switch (spec.type) {
    case 'dayShare':
      // 310 of the days of a year: the rest completes the ring, unlabelled, as in the deck.
      return {
        type: 'doughnut',
        series: [{ name: spec.label, labels: [spec.label, '其余天数'], values: [spec.value, spec.total - spec.value] }],
        options: { chartColors: [C.red, C.neutralLight], holeSize: 62, firstSliceAng: 0, showLegend: false, showValue: false, showPercent: false, dataBorder: { pt: 0, color: C.paper } },
        captions: [`${spec.label}：${spec.value}${spec.unit}`],
        centre: { value: `${spec.value}${spec.unit}`, note: spec.label },
      };
    case 'forecast':
      return forecastChart(spec);
    case 'doubling':
      return doublingChart(spec);
    case 'roadmap':
      return roadmapChart(spec);
    case 'honours':
      return honoursChart(spec);
    case 'planCounts':
      return planCountsChart(spec);
    default: {
      const never: never = spec;
      void never;
      return undefined;
    }
  }
}

/** True when a slide cannot be rebuilt natively and is exported as a picture. */
export function needsPicture(slide: Slide): boolean {
  return slide.kind === 'chart' && nativeChart(slide.chart) === undefined;
}

// ---------------------------------------------------------------- text helpers

const text = (over: TextProps = {}): TextProps => ({ fontFace: FONT.sans, color: C.ink, margin: 0, valign: 'top', lang: 'zh-CN', ...over });

/** A run list for a line with emphasised words, like the deck's `.em`. */
function runs(line: string, words: readonly string[] = [], base: TextProps = {}): PptxGenJS.TextProps[] {
  const hits = words.filter((w) => w && line.includes(w));
  if (!hits.length) return [{ text: line, options: base }];
  const pattern = new RegExp(`(${hits.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'g');
  return line
    .split(pattern)
    .filter(Boolean)
    .map((part) => ({ text: part, options: hits.includes(part) ? { ...base, color: C.red, bold: true } : base }));
}

/** Title, gold rule and optional lead, as on the deck's content slides. Returns the y below it. */
function addTitle(s: PptxSlide, title: string, lead?: string): number {
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

function addFigure(s: PptxSlide, f: Figure, x: number, y: number, w: number, numberPx: number): number {
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

// ---------------------------------------------------------------- slides

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

const CHART_TYPE: Record<NativeChartType, PptxGenJS.CHART_NAME> = { bar: 'bar', line: 'line', doughnut: 'doughnut' };

function addChart(s: PptxSlide, slide: Slide & { kind: 'chart' }, chart: NativeChart): void {
  const top = addTitle(s, slide.title);
  const footH = px(tokens.size.caption * 1.6);
  const bottom = SLIDE_H - PAD_Y - footH - px(16);
  const asideW = slide.aside?.length ? px(420) : 0;
  const captionW = px(520);
  const gap = px(tokens.space.gap);
  const chartW = INNER_W - asideW - captionW - gap * (asideW ? 2 : 1);
  const h = bottom - top;
  s.addChart(
    CHART_TYPE[chart.type],
    // Horizontal bars are drawn bottom-up: reverse so the first item reads first, at the top.
    chart.series.map((d) => (chart.options.barDir === 'bar' ? { name: d.name, labels: [...d.labels].reverse(), values: [...d.values].reverse() } : { name: d.name, labels: [...d.labels], values: [...d.values] })),
    { x: PAD_X, y: top, w: chartW, h, altText: slide.title, ...chart.options },
  );
  if (chart.centre) {
    const cx = PAD_X + chartW / 2;
    const box = Math.min(chartW, h) * 0.55;
    s.addText(
      [
        { text: chart.centre.value, options: { fontFace: FONT.serif, fontSize: pt(96), bold: true, color: C.red, breakLine: Boolean(chart.centre.note) } },
        ...(chart.centre.note ? [{ text: chart.centre.note, options: { fontSize: pt(tokens.size.caption), color: C.inkSoft } }] : []),
      ],
      text({ x: cx - box / 2, y: top + h / 2 - box / 2, w: box, h: box, align: 'center', valign: 'middle', fit: 'shrink' }),
    );
  }
  const capX = PAD_X + chartW + gap;
  s.addText(
    [
      ...(chart.heading ? [{ text: chart.heading, options: { bold: true, color: C.ink, breakLine: true, paraSpaceAfter: pt(20) } }] : []),
      ...chart.captions.map((c, i) => ({ text: c, options: { breakLine: i < chart.captions.length - 1, paraSpaceAfter: pt(16) } })),
    ],
    text({ x: capX, y: top, w: captionW, h, valign: 'middle', fontSize: pt(tokens.size.small), color: C.inkSoft, lineSpacingMultiple: 1.25, fit: 'shrink' }),
  );
  if (slide.aside?.length) {
    const x = capX + captionW + gap;
    const each = h / slide.aside.length;
    slide.aside.forEach((f, i) => addFigure(s, f, x, top + i * each + each * 0.15, asideW, 120));
  }
}

// ---------------------------------------------------------------- deck

/** The deck as shown (model/shown.ts): the district name is in; the notes come verbatim from the speech paragraphs. */
export type PptxInput = ShownModel;

export interface PptxOptions {
  /** A 1920×1080 picture of a slide (data URL) for slides with no native form. */
  picture?(slide: Slide, index: number): string | undefined;
  /** Progress: called once per slide, with how it was exported. */
  onSlide?(index: number, total: number, slide: Slide, mode: 'native' | 'picture'): void;
}

export class MissingPictureError extends Error {}

/** Series name → fixed bar label, per presentation, applied when it is written (pptxgenjs labels only values). */
const seriesLabels = new WeakMap<Pptx, Map<string, string>>();

/** Builds the presentation; call `.write()` or `.writeFile()` on the result. */
export function buildPresentation(Ctor: PptxConstructor, input: PptxInput, options: PptxOptions = {}): Pptx {
  const { deck, speech, slides } = input;
  const pres = new Ctor();
  pres.layout = 'LAYOUT_WIDE';
  pres.title = deck.settings.meetingTitle;
  pres.subject = deck.settings.description;
  if (deck.settings.speaker) pres.author = deck.settings.speaker;
  pres.company = '';
  pres.theme = { headFontFace: FONT.serif, bodyFontFace: FONT.sans };
  slides.forEach((slide, i) => {
    const s = pres.addSlide();
    s.background = { color: C.paper };
    let mode: 'native' | 'picture' = 'native';
    if (slide.kind === 'chart') for (const x of nativeChart(slide.chart)?.series ?? []) if (x.label) labelsOf(pres).set(x.name, x.label);
    if (needsPicture(slide)) {
      const data = options.picture?.(slide, i);
      if (!data) throw new MissingPictureError(`第 ${i + 1} 页（${slide.id}）需要图片 / slide ${slide.id} needs a picture`);
      s.addImage({ data, x: 0, y: 0, w: SLIDE_W, h: SLIDE_H, altText: 'title' in slide ? slide.title : slide.id });
      mode = 'picture';
    } else {
      addNative(s, slide, input);
    }
    s.addNotes(notesText(slide, speech));
    options.onSlide?.(i, slides.length, slide, mode);
  });
  return pres;
}

function addNative(s: PptxSlide, slide: Slide, { deck, speech }: PptxInput): void {
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
    case 'chart': {
      const chart = nativeChart(slide.chart);
      if (!chart) throw new Error(`no native chart for ${slide.id}`);
      return addChart(s, slide, chart);
    }
    case 'closing':
      return addClosing(s, slide);
    default: {
      const never: never = slide;
      throw new Error(`未知的幻灯片类型 / unknown slide kind: ${JSON.stringify(never)}`);
    }
  }
}

/**
 * pptxgenjs writes one <a:pPr> per run, so a paragraph with an emphasised
 * word gets several, which the schema forbids: PowerPoint may offer to
 * "repair" the file and LibreOffice applies the last one (losing the
 * bullet). Keep each paragraph's first pPr, placed before its first run.
 */
export function fixParagraphProps(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (whole, inner: string) => {
    const props = /<a:pPr\b[^>]*\/>|<a:pPr\b[^>]*>[\s\S]*?<\/a:pPr>/g;
    const all = inner.match(props);
    if (!all || all.length < 2) return whole;
    return `<a:p>${all[0]}${inner.replace(props, '')}</a:p>`;
  });
}

/**
 * pptxgenjs puts the whole notes string in one run, newlines and all, which
 * PowerPoint does not show as paragraph breaks: give each speech paragraph
 * its own <a:p>, with the same run properties.
 */
export function splitNoteParagraphs(xml: string): string {
  return xml.replace(/<a:r>(<a:rPr\b[^>]*\/>|<a:rPr\b[^>]*>[\s\S]*?<\/a:rPr>)?<a:t>([^<]*)<\/a:t><\/a:r>/g, (whole, rpr: string | undefined, t: string) => {
    if (!/[\r\n]/.test(t)) return whole;
    return t
      .split(/[\r\n]+/)
      .map((line) => `<a:r>${rpr ?? ''}<a:t>${line}</a:t></a:r>`)
      .join('</a:p><a:p>');
  });
}

function labelsOf(pres: Pptx): Map<string, string> {
  let m = seriesLabels.get(pres);
  if (!m) seriesLabels.set(pres, (m = new Map<string, string>()));
  return m;
}

const xmlEscape = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Gives the named series of a chart a fixed data label: a number format that
 * prints the text for a positive value and nothing otherwise ("以上";;;), shown
 * in the middle of the bar. Other series keep pptxgenjs' labels.
 */
export function labelSeries(xml: string, labels: ReadonlyMap<string, string>): string {
  if (!labels.size) return xml;
  return xml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => {
    const name = /<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser)?.[1];
    const label = [...labels].find(([n]) => xmlEscape(n) === name)?.[1];
    if (!label) return ser;
    return ser.replace(/<c:dLbls>[\s\S]*?<\/c:dLbls>/, (d) =>
      d
        .replace(/<c:numFmt formatCode="[^"]*"/, `<c:numFmt formatCode="${xmlEscape(`"${label.replace(/"/g, '')}";;;`)}"`)
        .replace(/<c:dLblPos val="[^"]*"\/>/, '')
        .replace('<c:showLegendKey', '<c:dLblPos val="ctr"/><c:showLegendKey')
        .replace('<c:showVal val="0"/>', '<c:showVal val="1"/>'),
    );
  });
}

/** Writes the presentation, with the paragraph fixes applied to every slide and its notes. */
export async function writePresentation(pres: Pptx): Promise<Uint8Array> {
  const raw = (await pres.write({ outputType: 'uint8array' })) as Uint8Array;
  const zip = await JSZip.loadAsync(raw);
  for (const name of Object.keys(zip.files).filter((n) => /^ppt\/(slides|notesSlides)\/[^/]+\.xml$/.test(n))) {
    const xml = fixParagraphProps(await zip.file(name)!.async('string'));
    zip.file(name, name.includes('notesSlides') ? splitNoteParagraphs(xml).replace(/lang="en-US"/g, 'lang="zh-CN"') : xml);
  }
  const labels = seriesLabels.get(pres) ?? new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))) {
    zip.file(name, labelSeries(await zip.file(name)!.async('string'), labels));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
}
