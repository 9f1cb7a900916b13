import { alpha, type ChartElement, color, fitLabel, font, sizes, widthOf } from '../../common.ts';
import { drawing, type Size } from '../../draw.ts';
import type { ChartOption } from '../../registry.ts';
import { tokens } from '../../../theme/tokens.ts';
import type { BuildOptions } from '../module.ts';
import { roadmapEnd, roadmapYearLabel, spanLabel, type RoadmapSpan, type RoadmapSpec } from './spec.ts';

/** Heights on a scale from 0 (the plot's bottom) to Y_MAX (its top). */
const LINE_Y = 0.1;
const SPAN_Y: [number, number] = [0.36, 0.56];
/** Narrow charts: the band sits higher, leaving room for milestone labels on two lines. */
const SPAN_Y_COMPACT: [number, number] = [0.44, 0.6];
const Y_MAX = 0.66;
/** The time line runs a little past the last year, to its arrow. */
const PAST_END = 0.35;
/** Space above and below the plot; the year labels sit below it, YEAR_MARGIN under its bottom. */
const TOP = 24;
const BOTTOM = 72;
const YEAR_MARGIN = 20;
/** A milestone's dot: its white ring, and the gap between it and its label. */
const RING = 5;
const LABEL_GAP = 22;
/** The arrow at the line's end, pointing forward in time: its length and half its width. */
const ARROW = 28;
const ARROW_HALF = (ARROW * 2) / 3;

/**
 * Each milestone label's size and lines so it stays within its share of the
 * line (half-way to its neighbours) and inside the chart.
 */
export function milestoneLabels(spec: RoadmapSpec, opts: { compact?: boolean; width?: number }): { size: number; lines: string[] }[] {
  const s = sizes({ animation: false, ...opts });
  const W = widthOf({ animation: false, ...opts });
  const g = grid(opts);
  const end = roadmapEnd(spec) + PAST_END;
  const x = (year: number) => g.left + (year / end) * (W - g.left - g.right);
  const xs = spec.milestones.map((m) => x(m.year));
  const candidates = [s.big, Math.round(s.big * 0.85), s.strong, s.label].filter((v, i, a) => a.indexOf(v) === i);
  const rooms = spec.milestones.map((_, i) => {
    const near = Math.min(...xs.filter((_, j) => j !== i).map((o) => Math.abs(o - xs[i])), Infinity);
    return Math.min(near - 24, 2 * (xs[i] - 8), 2 * (W - xs[i] - 8));
  });
  // One size for all milestones (the smallest any of them needs), each wrapped to its room.
  const size = Math.min(...spec.milestones.map((m, i) => fitLabel(m.label, rooms[i], candidates, 2).size));
  return spec.milestones.map((m, i) => fitLabel(m.label, rooms[i], [size], 2));
}

function grid(opts: { compact?: boolean }): { left: number; right: number } {
  return { left: opts.compact ? 56 : 96, right: opts.compact ? 56 : 110 };
}

/** The time line with its milestones, and the span as a band that fades out where its end is uncertain. */
export function roadmapOption(spec: RoadmapSpec, opts: BuildOptions): ChartOption {
  const s = sizes(opts);
  const end = roadmapEnd(spec) + PAST_END;
  const span = spec.span;
  const labels = milestoneLabels(spec, opts);
  const spanY = opts.compact ? SPAN_Y_COMPACT : SPAN_Y;
  const dot = (opts.compact ? 34 : 44) / 2;
  const ms = tokens.motion.chartMs;

  /** Years (0 = now) and heights to pixels, in the chart's current size. */
  const scale = ({ width, height }: Size) => {
    const g = grid(opts);
    return {
      x: (year: number) => g.left + (year / end) * (width - g.left - g.right),
      y: (v: number) => height - BOTTOM - (v / Y_MAX) * (height - TOP - BOTTOM),
      bottom: height - BOTTOM,
    };
  };
  // The line draws from now forward, evenly; each milestone fades in as the line reaches it, all within the chart's time.
  const lineMs = ms * 0.75;
  const fadeMs = ms / 4;
  const reached = (year: number) => (lineMs * year) / end;

  const timeLine = (size: Size): ChartElement => {
    const { x, y, bottom } = scale(size);
    const yl = y(LINE_Y);
    const x0 = x(0);
    const xe = x(end);
    // Only the years the speech names (and now): 二年, 四年 would be ours, not the speaker's.
    const years = [0, ...spec.milestones.map((m) => m.year)].filter((v, i, a) => a.indexOf(v) === i);
    return {
      type: 'group',
      children: [
        ...years.map(
          (v): ChartElement => ({
            type: 'text',
            x: x(v),
            y: bottom + YEAR_MARGIN,
            style: { text: roadmapYearLabel(v), fill: color.ink, fontSize: s.strong, fontFamily: font.sans, align: 'center', verticalAlign: 'top' },
          }),
        ),
        {
          type: 'line',
          shape: { x1: x0, y1: yl, x2: xe, y2: yl, percent: 1, enterFrom: { percent: 0 } },
          style: { stroke: color.neutral, lineWidth: 6 },
          enterAnimation: { duration: lineMs, easing: 'linear' },
        },
        { type: 'circle', shape: { cx: x0, cy: yl, r: 8 }, style: { fill: color.neutral } },
        // An arrow pointing forward in time, its tip at the line's end.
        {
          type: 'polygon',
          shape: { points: [[xe, yl], [xe - ARROW, yl + ARROW_HALF], [xe - ARROW * 0.75, yl], [xe - ARROW, yl - ARROW_HALF]] },
          style: { fill: color.neutral, enterFrom: { opacity: 0 } },
          enterAnimation: { delay: reached(end) * ((xe - x0 - ARROW) / (xe - x0)), duration: fadeMs },
        },
      ],
    };
  };

  const milestone = (i: number, size: Size): ChartElement => {
    const { x, y } = scale(size);
    const m = spec.milestones[i];
    const label = labels[i];
    const cx = x(m.year);
    const cy = y(LINE_Y);
    const enter = { delay: reached(m.year), duration: fadeMs };
    return {
      type: 'group',
      children: [
        { type: 'circle', shape: { cx, cy, r: dot }, style: { fill: color.red, stroke: color.white, lineWidth: RING, enterFrom: { opacity: 0 } }, enterAnimation: enter },
        {
          type: 'text',
          x: cx,
          y: cy - dot - RING / 2 - LABEL_GAP,
          style: {
            text: label.lines.join('\n'),
            fill: color.red,
            fontSize: label.size,
            lineHeight: Math.round(label.size * 1.15),
            fontWeight: 700,
            fontFamily: font.serif,
            align: 'center',
            verticalAlign: 'bottom',
            enterFrom: { opacity: 0 },
          },
          enterAnimation: enter,
        },
      ],
    };
  };

  const band = (span: RoadmapSpan, size: Size): ChartElement => {
    const { x, y } = scale(size);
    const x0 = x(0);
    const xf = x(span.from);
    const xt = x(span.to);
    const y0 = y(spanY[1]);
    const y1 = y(spanY[0]);
    const h = y1 - y0;
    const yLine = y(LINE_Y);
    const tick = Math.min(yLine, y1 + 22);
    // Short ticks under the band mark where its end may fall (3 to 5 years), clear of the milestone labels.
    const guide = (gx: number): ChartElement => ({ type: 'line', shape: { x1: gx, y1: y1, x2: gx, y2: tick }, style: { stroke: color.goldText, lineWidth: 3 } });
    return {
      type: 'group',
      // The band grows from now forward, its label and ticks with it.
      clipPath: { type: 'rect', shape: { x: x0 - 4, y: y0 - 4, width: xt - x0 + 8, height: tick - y0 + 8, enterFrom: { width: 0 } } },
      children: [
        guide(xf),
        guide(xt),
        // Certain part: now to the earliest end; then a fade for the uncertain end (3 to 5 years).
        { type: 'rect', shape: { x: x0, y: y0, width: xf - x0, height: h, r: [6, 0, 0, 6] }, style: { fill: color.gold, opacity: 0.55 } },
        {
          type: 'rect',
          shape: { x: xf, y: y0, width: xt - xf, height: h, r: [0, 6, 6, 0] },
          style: { fill: { type: 'linear', x: 0, y: 0, x2: 1, y2: 0, colorStops: [{ offset: 0, color: alpha(color.gold, 0.55) }, { offset: 1, color: alpha(color.gold, 0.08) }] } },
        },
        {
          type: 'text',
          x: x0 + 20,
          y: y0 + h / 2,
          style: { text: spanLabel(span), fill: color.goldText, fontSize: s.strong, fontWeight: 700, fontFamily: font.sans, verticalAlign: 'middle' },
        },
      ],
    };
  };

  return drawing(opts, [
    { name: '时间', tips: [''], silent: true, render: (_i, size) => timeLine(size) },
    ...(span ? [{ name: span.label, tips: [spanLabel(span)], render: (_i: number, size: Size) => band(span, size) }] : []),
    { name: '目标', tips: spec.milestones.map((m) => `${roadmapYearLabel(m.year)}：${m.label}`), render: milestone },
  ]);
}
