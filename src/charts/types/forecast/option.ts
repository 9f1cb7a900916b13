import type { CustomSeriesRenderItem, CustomSeriesRenderItemAPI } from 'echarts';
import { alpha, animation, axisTooltip, type ChartElement, clampCentre, color, escapeHtml, font, sizes, textWidth, widthOf } from '../../common.ts';
import type { ChartOption } from '../../registry.ts';
import type { BuildOptions } from '../module.ts';
import { FORECAST_QUALIFIER, itemText, OPEN_END_SHARE, type ForecastSpec } from './spec.ts';

/** Axis end: a round number a little past the target, so the reference line sits inside the plot. */
export function forecastAxisMax(spec: ForecastSpec): number {
  const top = Math.max(spec.target.value, ...spec.items.map((it) => (it.kind === 'range' ? it.high : it.low)));
  const step = top >= 500 ? 100 : 10;
  return Math.ceil((top * 1.12) / step) * step;
}

/** Floating ranges and open-ended lower bounds against the target's dashed line. */
export function forecastOption(spec: ForecastSpec, opts: BuildOptions): ChartOption {
  const s = sizes(opts);
  const max = forecastAxisMax(spec);
  // Only the speech's figures are drawn: the sum and the gap to the target are derived and live in the data table.
  // Rows: [row, low, high] with high = -1 for an open end (ECharts data must be numeric).
  const rows = spec.items.map((it, i) => ({
    value: [i, it.low, it.kind === 'range' ? it.high : -1] as [number, number, number],
    name: it.name,
    text: itemText(it, spec.unit),
  }));
  const openLen = max * OPEN_END_SHARE;
  const targetLabel = spec.target.name;

  const renderItem: CustomSeriesRenderItem = (params, api) => {
    const row = rows[params.dataIndex];
    const [cat, low, high] = row.value;
    const band = (api.size!([0, 1]) as number[])[1];
    const h = Math.min(opts.compact ? 32 : 56, band * 0.34);
    const [x0, y] = api.coord([low, cat]);
    const children: ChartElement[] = [];
    if (high >= 0) {
      // A range: a floating band from low to high with end caps, never one bar from zero.
      const x1 = api.coord([high, cat])[0];
      children.push(
        { type: 'rect', shape: { x: x0, y: y - h / 2, width: Math.max(2, x1 - x0), height: h }, style: { fill: color.red, opacity: 0.9 } },
        { type: 'rect', shape: { x: x0 - 2, y: y - h / 2 - 8, width: 4, height: h + 16 }, style: { fill: color.ink } },
        { type: 'rect', shape: { x: x1 - 2, y: y - h / 2 - 8, width: 4, height: h + 16 }, style: { fill: color.ink } },
      );
    } else {
      // A lower bound: a firm mark at the bound, then an arrow that fades out: "以上", no upper end.
      const x1 = api.coord([low + openLen, cat])[0];
      children.push(
        {
          type: 'rect',
          shape: { x: x0, y: y - h / 2, width: x1 - x0, height: h },
          style: {
            fill: { type: 'linear', x: 0, y: 0, x2: 1, y2: 0, colorStops: [{ offset: 0, color: color.red }, { offset: 1, color: alpha(color.red, 0.05) }] },
            opacity: 0.9,
          },
        },
        { type: 'polygon', shape: { points: [[x1, y - h / 2 - 10], [x1 + h * 0.7, y], [x1, y + h / 2 + 10]] }, style: { fill: color.neutralLight } },
        { type: 'rect', shape: { x: x0 - 3, y: y - h / 2 - 10, width: 6, height: h + 20 }, style: { fill: color.ink } },
      );
    }
    if (opts.compact) {
      compactLabels(children, row, params.dataIndex, y, h, band, api);
    } else {
      children.push({
        type: 'text',
        x: x0,
        y: y - h / 2 - 14,
        style: { text: row.text, fill: color.ink, fontSize: s.strong, fontWeight: 700, fontFamily: font.sans, align: 'left', verticalAlign: 'bottom' },
      });
    }
    return { type: 'group', children };
  };

  /*
   * Narrow charts (phones): no name column; each row's name and value on one
   * line above its mark, the target's label over the plot, every text kept inside the width.
   */
  const W = widthOf(opts);
  const compactGrid = { left: 24, right: 40, top: Math.round(s.label * 1.3) + 24, bottom: s.label + 24 };
  const fitSize = (text: string, room: number) => (textWidth(text, s.strong) <= room ? s.strong : s.label);
  const compactLabels = (children: ChartElement[], row: (typeof rows)[number], index: number, y: number, h: number, band: number, api: CustomSeriesRenderItemAPI) => {
    // Clear of the axis line at the plot's left edge.
    const left = compactGrid.left + 10;
    const xt = api.coord([spec.target.value, 0])[0];
    if (index === 0) {
      const w = textWidth(targetLabel, s.label);
      children.push({
        type: 'text',
        x: clampCentre(xt, w, W),
        y: y - band / 2 - 12,
        style: { text: targetLabel, fill: color.redDeep, fontSize: s.label, fontWeight: 700, fontFamily: font.sans, align: 'center', verticalAlign: 'bottom' },
      });
    }
    const text = `${row.name}：${row.text}`;
    // Clear of the target line when possible, inside the chart always.
    const clear = xt - 16 - left;
    const size = textWidth(text, s.strong) <= clear ? s.strong : textWidth(text, s.label) <= clear ? s.label : fitSize(text, W - 16 - left);
    children.push({
      type: 'text',
      x: left,
      y: y - h / 2 - 12,
      style: { text, fill: color.ink, fontSize: size, fontWeight: 700, fontFamily: font.sans, align: 'left', verticalAlign: 'bottom' },
    });
  };

  return {
    ...animation(opts),
    grid: opts.compact ? { ...compactGrid, containLabel: false } : { left: 48, right: 64, top: 96, bottom: s.label * 2 + 24, containLabel: true },
    // The whole row answers, not only the thin shape.
    tooltip: axisTooltip(opts, (i) => {
      const row = rows[i];
      return row ? `${escapeHtml(row.name)}：${escapeHtml(row.text)}` : '';
    }),
    // The speech's qualifier: these are estimates, not statistics.
    graphic: [
      {
        type: 'text',
        right: opts.compact ? 8 : 64,
        bottom: 4,
        style: { text: FORECAST_QUALIFIER, fill: color.inkSoft, fontSize: s.label, fontFamily: font.sans },
      },
    ],
    xAxis: {
      type: 'value',
      min: 0,
      max,
      // The figures are labelled on their marks; a scale of other numbers would read as data the speech does not give.
      axisLabel: { show: false },
      axisTick: { show: false },
      splitNumber: opts.compact ? 3 : undefined,
      splitLine: { show: true },
    },
    yAxis: {
      type: 'category',
      data: rows.map((r) => r.name),
      inverse: true,
      axisTick: { show: false },
      axisLabel: { show: !opts.compact, interval: 0, fontSize: s.strong, fontWeight: 700, color: color.ink, width: 320, overflow: 'break', fontFamily: font.serif },
    },
    series: [
      {
        type: 'custom',
        name: '产值',
        renderItem,
        encode: { x: [1, 2], y: 0, tooltip: [1, 2] },
        data: rows.map((r) => ({ name: r.name, value: r.value })),
        markLine: {
          silent: true,
          symbol: 'none',
          animation: false,
          lineStyle: { color: color.redDeep, type: 'dashed', width: 3 },
          label: {
            // Narrow charts draw this label themselves, kept inside the width.
            show: !opts.compact,
            formatter: targetLabel,
            // The category axis is inverted: "start" is the top of the line.
            position: 'start',
            distance: 12,
            fontSize: s.label,
            fontWeight: 700,
            color: color.redDeep,
            fontFamily: font.sans,
            lineHeight: s.label * 1.3,
          },
          data: [{ xAxis: spec.target.value, name: spec.target.name }],
        },
      },
    ],
  };
}
