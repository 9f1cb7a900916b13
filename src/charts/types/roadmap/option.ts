import type { CustomSeriesOption, LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type { CustomSeriesRenderItem } from 'echarts';
import { alpha, animation, type ChartElement, color, escapeHtml, fitLabel, font, sizes, tooltipBase, widthOf } from '../../common.ts';
import type { ChartOption } from '../../registry.ts';
import type { BuildOptions } from '../module.ts';
import { roadmapEnd, roadmapYearLabel, spanLabel, type RoadmapSpec } from './spec.ts';

const LINE_Y = 0.1;
const SPAN_Y: [number, number] = [0.36, 0.56];
/** Narrow charts: the band sits higher, leaving room for milestone labels on two lines. */
const SPAN_Y_COMPACT: [number, number] = [0.44, 0.6];
const Y_MAX = 0.66;

/**
 * Each milestone label's size and lines so it stays within its share of the
 * line (half-way to its neighbours) and inside the chart.
 */
export function milestoneLabels(spec: RoadmapSpec, opts: { compact?: boolean; width?: number }): { size: number; lines: string[] }[] {
  const s = sizes({ animation: false, ...opts });
  const W = widthOf({ animation: false, ...opts });
  const g = grid(opts);
  const end = roadmapEnd(spec) + 0.35;
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
  const end = roadmapEnd(spec);
  const span = spec.span;
  const labels = milestoneLabels(spec, opts);
  const spanY = opts.compact ? SPAN_Y_COMPACT : SPAN_Y;
  const series: (LineSeriesOption | ScatterSeriesOption | CustomSeriesOption)[] = [
    {
      // The time line itself, with an arrow pointing forward.
      type: 'line',
      name: '时间',
      silent: true,
      data: [
        { value: [0, LINE_Y], symbol: 'circle', symbolSize: 16 },
        // The arrow symbol points up; turn it to point forward in time.
        { value: [end + 0.35, LINE_Y], symbol: 'arrow', symbolSize: 28, symbolRotate: -90 },
      ],
      lineStyle: { width: 6, color: color.neutral },
      itemStyle: { color: color.neutral },
      tooltip: { show: false },
      z: 1,
    },
    {
      type: 'scatter',
      name: '目标',
      data: spec.milestones.map((m, i) => ({
        value: [m.year, LINE_Y],
        name: m.label,
        label: { fontSize: labels[i].size, lineHeight: Math.round(labels[i].size * 1.15), formatter: labels[i].lines.join('\n') },
      })),
      symbol: 'circle',
      symbolSize: opts.compact ? 34 : 44,
      itemStyle: { color: color.red, borderColor: color.white, borderWidth: 5, opacity: 1 },
      label: {
        show: true,
        position: 'top',
        distance: 22,
        fontSize: s.big,
        fontWeight: 700,
        color: color.red,
        fontFamily: font.serif,
      },
      z: 3,
    },
  ];
  if (span) {
    const renderSpan: CustomSeriesRenderItem = (_p, api) => {
      const [x0, y0] = api.coord([0, spanY[1]]);
      const [xf, y1] = api.coord([span.from, spanY[0]]);
      const xt = api.coord([span.to, spanY[0]])[0];
      const h = y1 - y0;
      const yLine = api.coord([0, LINE_Y])[1];
      // Short ticks under the band mark where its end may fall (3 to 5 years), clear of the milestone labels.
      const guide = (x: number): ChartElement => ({ type: 'line', shape: { x1: x, y1: y1, x2: x, y2: Math.min(yLine, y1 + 22) }, style: { stroke: color.goldText, lineWidth: 3 } });
      return {
        type: 'group',
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
    series.push({
      type: 'custom',
      name: span.label,
      renderItem: renderSpan,
      data: [[0, span.from, span.to]],
      encode: { x: [0, 2] },
      tooltip: { show: true },
      z: 2,
    });
  }
  return {
    ...animation(opts),
    grid: { ...grid(opts), top: 24, bottom: 72 },
    tooltip: {
      ...tooltipBase(opts),
      trigger: 'item',
      formatter: (p: unknown) => {
        const q = p as { seriesType: string; dataIndex: number };
        if (q.seriesType === 'custom' && span) return `${escapeHtml(spanLabel(span))}<br>从现在起，持续${span.from}至${span.to}年`;
        const m = spec.milestones[q.dataIndex];
        return m ? `${roadmapYearLabel(m.year)}：${escapeHtml(m.label)}` : '';
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: end + 0.35,
      interval: 1,
      axisLine: { show: false },
      axisTick: { show: false },
      splitLine: { show: false },
      // Only the years the speech names (and now): 二年, 四年 would be ours, not the speaker's.
      axisLabel: { fontSize: s.strong, color: color.ink, margin: 20, formatter: (v: number) => (v === 0 || spec.milestones.some((m) => m.year === v) ? roadmapYearLabel(v) : '') },
    },
    yAxis: { type: 'value', min: 0, max: Y_MAX, show: false },
    series,
  };
}
