import type { ForecastItem, ForecastSpec } from '../specs.ts';
import type { CustomSeriesRenderItem, CustomSeriesRenderItemAPI, CustomSeriesRenderItemReturn } from 'echarts';
/** One drawn element of a custom series, in ECharts' own option types. */
type ChartElement = NonNullable<CustomSeriesRenderItemReturn>;
import { alpha, animation, clampCentre, color, escapeHtml, font, sizes, textWidth, tooltipBase, widthOf } from './common.ts';
import type { ChartBuilder } from './types.ts';

/** The combined forecast. `high` is null when any item is open-ended ("以上"): the sum is then only a lower bound. Derived. */
export function forecastSum(spec: ForecastSpec): { low: number; high: number | null } {
  let low = 0;
  let high: number | null = 0;
  for (const it of spec.items) {
    low += it.low;
    high = it.kind === 'range' && high !== null ? high + it.high : null;
  }
  return { low, high };
}

/**
 * How far the combined forecast stays below the target. Derived.
 * `max` is the largest possible gap (from the lower end); `min` the smallest (null when open-ended: it may be closed).
 */
export function forecastGap(spec: ForecastSpec): { max: number; min: number | null } {
  const sum = forecastSum(spec);
  return {
    max: Math.max(0, spec.target.value - sum.low),
    min: sum.high === null ? null : Math.max(0, spec.target.value - sum.high),
  };
}

/** "400—500亿元" / "300亿元以上". */
export function itemText(it: ForecastItem, unit: string): string {
  return it.kind === 'range' ? `${it.low}—${it.high}${unit}` : `${it.low}${unit}以上`;
}

export function sumText(spec: ForecastSpec): string {
  const s = forecastSum(spec);
  return s.high === null ? `至少${s.low}${spec.unit}` : `${s.low}—${s.high}${spec.unit}`;
}

/** "差距不超过300亿元": with an open end only the largest gap is known. */
export function gapShort(spec: ForecastSpec): string {
  const g = forecastGap(spec);
  if (g.max === 0) return '已达到目标';
  if (g.min === null) return `差距不超过${g.max}${spec.unit}`;
  if (g.min === g.max) return `差距${g.max}${spec.unit}`;
  return `差距${g.min}—${g.max}${spec.unit}`;
}

export function gapText(spec: ForecastSpec): string {
  return forecastGap(spec).max === 0 ? `已达到${spec.target.name}目标` : `与${spec.target.name}目标${gapShort(spec)}`;
}

/** The data table's name for the derived sum; never drawn on the chart. */
export const SUM_NAME = '两项合计（推算）';

/** Axis end: a round number a little past the target, so the reference line sits inside the plot. */
export function forecastAxisMax(spec: ForecastSpec): number {
  const top = Math.max(spec.target.value, ...spec.items.map((it) => (it.kind === 'range' ? it.high : it.low)));
  const step = top >= 500 ? 100 : 10;
  return Math.ceil((top * 1.12) / step) * step;
}


/** The speech's own qualifier for these figures; the only note the chart carries. */
export const FORECAST_QUALIFIER = '据初步估算';

export const forecast: ChartBuilder<ForecastSpec> = {
  option(spec, opts) {
    const s = sizes(opts);
    const max = forecastAxisMax(spec);
    // Only the speech's figures are drawn: the sum and the gap to the target are derived and live in the data table.
    // Rows: [row, low, high] with high = -1 for an open end (ECharts data must be numeric).
    const rows = spec.items.map((it, i) => ({
      value: [i, it.low, it.kind === 'range' ? it.high : -1] as [number, number, number],
      name: it.name,
      text: itemText(it, spec.unit),
    }));
    const openLen = max * 0.16;
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
      tooltip: {
        ...tooltipBase(opts),
        // The whole row answers, not only the thin shape.
        trigger: 'axis',
        axisPointer: { type: 'shadow', shadowStyle: { color: alpha(color.gold, 0.15) } },
        formatter: (p: unknown) => {
          const first: unknown = Array.isArray(p) ? (p as unknown[])[0] : p;
          const row = first ? rows[(first as { dataIndex: number }).dataIndex] : undefined;
          return row ? `${escapeHtml(row.name)}：${escapeHtml(row.text)}` : '';
        },
      },
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
  },
  describe(spec) {
    const items = spec.items.map((it) => `${it.name}${itemText(it, spec.unit)}`).join('，');
    return `${FORECAST_QUALIFIER}，${items}；${spec.target.name}。`;
  },
  table(spec) {
    const sum = forecastSum(spec);
    const gap = forecastGap(spec);
    return {
      caption: `产值预计与${spec.target.name}（单位：${spec.unit}）`,
      head: ['项目', '下限', '上限', '说明'],
      rows: [
        ...spec.items.map((it) => [
          it.name,
          String(it.low),
          it.kind === 'range' ? String(it.high) : '—',
          it.kind === 'range' ? `区间：${itemText(it, spec.unit)}（${FORECAST_QUALIFIER}）` : `下限：${itemText(it, spec.unit)}（${FORECAST_QUALIFIER}）`,
        ]),
        [spec.target.name, String(spec.target.value), String(spec.target.value), '目标'],
        [SUM_NAME, String(sum.low), sum.high === null ? '—' : String(sum.high), `推算：各项相加，${sumText(spec)}`],
        ['与目标差距（推算）', gap.min === null ? '—' : String(gap.min), String(gap.max), `推算：目标减两项合计，${gapText(spec)}`],
      ],
    };
  },
};
