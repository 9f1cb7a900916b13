import { alpha, clampCentre, type ChartElement, color, font, sizes, textWidth } from '../../common.ts';
import { drawing, fadeIn, growRight, hoverBand, type Size } from '../../draw.ts';
import type { ChartOption } from '../../registry.ts';
import type { BuildOptions } from '../module.ts';
import { FORECAST_QUALIFIER, itemText, OPEN_END_SHARE, type ForecastSpec } from './spec.ts';

/** Axis end: a round number a little past the target, so the reference line sits inside the plot. */
export function forecastAxisMax(spec: ForecastSpec): number {
  const top = Math.max(spec.target.value, ...spec.items.map((it) => (it.kind === 'range' ? it.high : it.low)));
  const step = top >= 500 ? 100 : 10;
  return Math.ceil((top * 1.12) / step) * step;
}

/**
 * The values of the light dashed guide lines: the "nice" ticks a value axis from 0 to `max`
 * picks for `splitNumber` intervals (1, 2, 3, 5 or 10 times a power of ten), and `max` itself.
 * No number is drawn at them.
 */
export function forecastTicks(max: number, splitNumber: number): number[] {
  const rough = max / splitNumber;
  const exp10 = 10 ** Math.floor(Math.log10(rough));
  const f = rough / exp10;
  const step = (f < 1.5 ? 1 : f < 2.5 ? 2 : f < 4 ? 3 : f < 7 ? 5 : 10) * exp10;
  const ticks: number[] = [];
  for (let v = 0; v <= max + 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  if (ticks[ticks.length - 1] < max) ticks.push(max);
  return ticks;
}

/** A vertical line's x on the pixel grid, so it draws crisp: half-pixel for odd widths, whole for even (as ECharts placed axis lines). */
const crisp = (x: number, lineWidth: number) => {
  const doubled = Math.round(x * 2);
  return (doubled + lineWidth) % 2 === 0 ? doubled / 2 : (doubled + 1) / 2;
};

/** Gap between a category name and the plot, and the label column's widest line. */
const NAME_MARGIN = 8;
const NAME_WIDTH = 320;

/** Floating ranges and open-ended lower bounds against the target's dashed line. */
export function forecastOption(spec: ForecastSpec, opts: BuildOptions): ChartOption {
  const s = sizes(opts);
  const max = forecastAxisMax(spec);
  // Only the speech's figures are drawn: the sum and the gap to the target are derived and live in the data table.
  const rows = spec.items.map((it) => ({ name: it.name, low: it.low, high: it.kind === 'range' ? it.high : null, text: itemText(it, spec.unit) }));
  const openLen = max * OPEN_END_SHARE;
  const targetLabel = spec.target.name;
  const ticks = forecastTicks(max, opts.compact ? 3 : 5);
  // The names column (wide charts): as wide as the widest name, up to 320px, where longer names break.
  // The plot starts 3px further right, as the value axis with containLabel placed it.
  const nameColumn = Math.min(NAME_WIDTH, Math.max(...rows.map((r) => textWidth(r.name, s.strong))));

  /*
   * The plot area. Narrow charts (phones): no name column; each row's name and value on one
   * line above its mark, the target's label over the plot, every text kept inside the width.
   */
  const plot = ({ width, height }: Size) => {
    const p = opts.compact
      ? { left: 24, right: width - 40, top: Math.round(s.label * 1.3) + 24, bottom: height - (s.label + 24) }
      : { left: 48 + NAME_MARGIN + nameColumn + 3, right: width - 64, top: 96, bottom: height - (s.label * 2 + 24) };
    const band = (p.bottom - p.top) / rows.length;
    return {
      ...p,
      band,
      x: (v: number) => p.left + (v / max) * (p.right - p.left),
      /** A row's middle, first row on top. */
      y: (i: number) => p.top + band * (i + 0.5),
      /** Height of a row's mark. */
      h: Math.min(opts.compact ? 32 : 56, band * 0.34),
    };
  };

  /**
   * A row's label on narrow charts, clear of the target line (`clear` px wide): "name：figure"
   * on one line, or else the name over the figure (also the narrowest form when nothing clears
   * it, so the label stays inside the chart). One size for every row: the larger one unless the
   * smaller crosses the line less often or puts fewer rows on two lines.
   */
  const compactLabel = (r: (typeof rows)[number], clear: number): [string[], number] => {
    const fits = (lines: readonly string[], f: number) => lines.every((l) => textWidth(l, f) <= clear);
    const linesAt = (it: (typeof rows)[number], f: number) => {
      const one = [`${it.name}：${it.text}`];
      return fits(one, f) ? one : [it.name, it.text];
    };
    const crossing = (f: number) => rows.filter((it) => !fits(linesAt(it, f), f)).length;
    const wrapped = (f: number) => rows.filter((it) => linesAt(it, f).length > 1).length;
    const smallerBetter = crossing(s.label) - crossing(s.strong) || wrapped(s.label) - wrapped(s.strong);
    const fontSize = smallerBetter < 0 ? s.label : s.strong;
    return [linesAt(r, fontSize), fontSize];
  };

  const row = (i: number, size: Size): ChartElement => {
    const r = rows[i];
    const p = plot(size);
    const y = p.y(i);
    const h = p.h;
    const x0 = p.x(r.low);
    const children: ChartElement[] = [
      // The whole row answers, not only the thin shape.
      hoverBand({ x: p.left, y: y - p.band / 2, width: p.right - p.left, height: p.band }),
    ];
    if (r.high !== null) {
      // A range: a floating band from low to high with end caps, never one bar from zero.
      const x1 = p.x(r.high);
      children.push(
        growRight({ type: 'rect', shape: { x: x0, y: y - h / 2, width: Math.max(2, x1 - x0), height: h }, style: { fill: color.red, opacity: 0.9 } }),
        { type: 'rect', shape: { x: x0 - 2, y: y - h / 2 - 8, width: 4, height: h + 16 }, style: { fill: color.ink } },
        fadeIn({ type: 'rect', shape: { x: x1 - 2, y: y - h / 2 - 8, width: 4, height: h + 16 }, style: { fill: color.ink } }),
      );
    } else {
      // A lower bound: a firm mark at the bound, then an arrow that fades out: "以上", no upper end.
      const x1 = p.x(r.low + openLen);
      children.push(
        growRight({
          type: 'rect',
          shape: { x: x0, y: y - h / 2, width: x1 - x0, height: h },
          style: {
            fill: { type: 'linear', x: 0, y: 0, x2: 1, y2: 0, colorStops: [{ offset: 0, color: color.red }, { offset: 1, color: alpha(color.red, 0.05) }] },
            opacity: 0.9,
          },
        }),
        fadeIn({ type: 'polygon', shape: { points: [[x1, y - h / 2 - 10], [x1 + h * 0.7, y], [x1, y + h / 2 + 10]] }, style: { fill: color.neutralLight } }),
        { type: 'rect', shape: { x: x0 - 3, y: y - h / 2 - 10, width: 6, height: h + 20 }, style: { fill: color.ink } },
      );
    }
    if (opts.compact) {
      // Clear of the axis line at the plot's left edge.
      const left = p.left + 10;
      const [lines, fontSize] = compactLabel(r, p.x(spec.target.value) - 16 - left);
      const lineStep = Math.round(fontSize * 1.25);
      // Bottom line just above the mark, earlier lines stacked over it.
      lines.forEach((text, k) =>
        children.push(
          fadeIn({
            type: 'text',
            x: left,
            y: y - h / 2 - 12 - (lines.length - 1 - k) * lineStep,
            style: { text, fill: color.ink, fontSize, fontWeight: 700, fontFamily: font.sans, align: 'left', verticalAlign: 'bottom' },
          }),
        ),
      );
    } else {
      children.push(
        fadeIn({
          type: 'text',
          x: x0,
          y: y - h / 2 - 14,
          style: { text: r.text, fill: color.ink, fontSize: s.strong, fontWeight: 700, fontFamily: font.sans, align: 'left', verticalAlign: 'bottom' },
        }),
      );
    }
    return { type: 'group', children };
  };

  return drawing(opts, [
    {
      // The value axis: its line on the left and light dashed lines at its ticks.
      name: '',
      tips: [''],
      silent: true,
      render: (_i, size) => {
        const p = plot(size);
        return {
          type: 'group',
          children: [
            // The figures are labelled on their marks; a scale of other numbers would read as data the speech does not give.
            ...ticks.map(
              (v): ChartElement => ({
                type: 'line',
                shape: { x1: crisp(p.x(v), 1), y1: p.top, x2: crisp(p.x(v), 1), y2: p.bottom },
                style: { stroke: color.neutralLight, lineWidth: 1, lineDash: [4, 2] },
              }),
            ),
            { type: 'line', shape: { x1: crisp(p.left, 2), y1: p.top, x2: crisp(p.left, 2), y2: p.bottom }, style: { stroke: color.neutral, lineWidth: 2, lineCap: 'round' } },
            // The names column: right-aligned against the plot, breaking past 320px.
            ...(opts.compact
              ? []
              : rows.map(
                  (r, i): ChartElement => ({
                    type: 'text',
                    x: p.left - NAME_MARGIN,
                    y: p.y(i),
                    style: {
                      text: r.name,
                      width: NAME_WIDTH,
                      overflow: 'break',
                      fill: color.ink,
                      fontSize: s.strong,
                      fontWeight: 700,
                      fontFamily: font.serif,
                      align: 'right',
                      verticalAlign: 'middle',
                    },
                  }),
                )),
          ],
        };
      },
    },
    {
      name: '产值',
      // As before: the row's name and its figure, the speech's words.
      tips: rows.map((r) => `${r.name}：${r.text}`),
      render: row,
    },
    {
      // The target's dashed line with its name on top, and the speech's qualifier: these are estimates, not statistics.
      name: targetLabel,
      tips: [''],
      silent: true,
      render: (_i, size) => {
        const p = plot(size);
        const xt = p.x(spec.target.value);
        const label: ChartElement = opts.compact
          ? {
              // Narrow charts keep it inside the width.
              type: 'text',
              x: clampCentre(xt, textWidth(targetLabel, s.label), size.width),
              y: p.top - 12,
              style: { text: targetLabel, fill: color.redDeep, fontSize: s.label, fontWeight: 700, fontFamily: font.sans, align: 'center', verticalAlign: 'bottom' },
            }
          : {
              type: 'text',
              x: xt,
              y: p.top - 12,
              style: {
                text: targetLabel,
                fill: color.redDeep,
                fontSize: s.label,
                fontWeight: 700,
                fontFamily: font.sans,
                lineHeight: s.label * 1.3,
                align: 'center',
                verticalAlign: 'bottom',
              },
            };
        return {
          type: 'group',
          children: [
            { type: 'line', shape: { x1: crisp(xt, 3), y1: p.top, x2: crisp(xt, 3), y2: p.bottom }, style: { stroke: color.redDeep, lineWidth: 3, lineDash: [12, 6] } },
            label,
            {
              type: 'text',
              x: size.width - (opts.compact ? 8 : 64),
              y: size.height - 4,
              style: { text: FORECAST_QUALIFIER, fill: color.inkSoft, fontSize: s.label, fontFamily: font.sans, align: 'right', verticalAlign: 'bottom' },
            },
          ],
        };
      },
    },
  ]);
}
