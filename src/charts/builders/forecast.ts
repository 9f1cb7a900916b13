import type { ForecastItem, ForecastSpec } from '../specs.ts';
import { animation, clampCentre, color, escapeHtml, font, sizes, textWidth, tooltipBase, widthOf } from './common.ts';
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

export const SUM_NAME = '两项合计（推算）';

/** Axis end: a round number a little past the target, so the reference line sits inside the plot. */
export function forecastAxisMax(spec: ForecastSpec): number {
  const top = Math.max(spec.target.value, ...spec.items.map((it) => (it.kind === 'range' ? it.high : it.low)));
  const step = top >= 500 ? 100 : 10;
  return Math.ceil((top * 1.12) / step) * step;
}

interface RenderApi {
  value(dim: number): number;
  coord(v: [number, number]): number[];
  size(v: [number, number]): number[];
}

export const forecast: ChartBuilder<ForecastSpec> = {
  option(spec, opts) {
    const s = sizes(opts);
    const sum = forecastSum(spec);
    const max = forecastAxisMax(spec);
    const names = [...spec.items.map((it) => it.name), SUM_NAME];
    // Rows: [row, low, high] with high = -1 for an open end (ECharts data must be numeric).
    const rows: { value: [number, number, number]; name: string; derived: boolean; text: string }[] = [
      ...spec.items.map((it, i) => ({
        value: [i, it.low, it.kind === 'range' ? it.high : -1] as [number, number, number],
        name: it.name,
        derived: false,
        text: itemText(it, spec.unit),
      })),
      { value: [spec.items.length, sum.low, sum.high ?? -1], name: SUM_NAME, derived: true, text: sumText(spec) + '（推算）' },
    ];
    const openLen = max * 0.16;
    const gap = forecastGap(spec);

    const renderItem = (params: { dataIndex: number }, api: RenderApi) => {
      const row = rows[params.dataIndex];
      const [cat, low, high] = row.value;
      const band = api.size([0, 1])[1];
      const h = Math.min(opts.compact ? 32 : 56, band * 0.34);
      const [x0, y] = api.coord([low, cat]);
      const fill = row.derived ? color.redDeep : color.red;
      const children: unknown[] = [];
      if (high >= 0) {
        // A range: a floating band from low to high with end caps, never one bar from zero.
        const x1 = api.coord([high, cat])[0];
        children.push(
          { type: 'rect', shape: { x: x0, y: y - h / 2, width: Math.max(2, x1 - x0), height: h }, style: { fill, opacity: row.derived ? 0.55 : 0.9 } },
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
              fill: { type: 'linear', x: 0, y: 0, x2: 1, y2: 0, colorStops: [{ offset: 0, color: fill }, { offset: 1, color: 'rgba(179,21,27,0.05)' }] },
              opacity: row.derived ? 0.7 : 0.9,
            },
          },
          { type: 'polygon', shape: { points: [[x1, y - h / 2 - 10], [x1 + h * 0.7, y], [x1, y + h / 2 + 10]] }, style: { fill: color.neutralLight } },
          { type: 'rect', shape: { x: x0 - 3, y: y - h / 2 - 10, width: 6, height: h + 20 }, style: { fill: color.ink } },
        );
      }
      if (opts.compact) {
        compactLabels(children, row, params.dataIndex, x0, y, h, band, api);
      } else if (row.derived) {
        // The sum's label sits left of its mark, leaving the space above for the gap to the target.
        children.push({
          type: 'text',
          x: x0 - 20,
          y,
          style: { text: row.text, fill: color.redDeep, fontSize: s.strong, fontWeight: 700, fontFamily: font.sans, align: 'right', verticalAlign: 'middle' },
        });
        if (gap.max > 0) {
          // The gap, from the sum's lower end to the target: a bracket above the sum, labelled as derived.
          const xt = api.coord([spec.target.value, cat])[0];
          const yb = y - h / 2 - 22;
          children.push(
            { type: 'rect', shape: { x: x0, y: yb, width: xt - x0, height: 4 }, style: { fill: color.goldText } },
            { type: 'rect', shape: { x: x0, y: yb, width: 4, height: 14 }, style: { fill: color.goldText } },
            { type: 'rect', shape: { x: xt - 4, y: yb, width: 4, height: 14 }, style: { fill: color.goldText } },
            {
              type: 'text',
              x: (x0 + xt) / 2,
              y: yb - 10,
              style: { text: `${gapShort(spec)}（推算）`, fill: color.goldText, fontSize: s.label, fontWeight: 700, fontFamily: font.sans, align: 'center', verticalAlign: 'bottom' },
            },
          );
        }
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
     * line above its mark, the sum's line under its mark (the gap bracket is
     * above it), the target's label over the plot, every text kept inside the width.
     */
    const W = widthOf(opts);
    const compactGrid = { left: 24, right: 40, top: Math.round(s.label * 1.3) + 24, bottom: s.label + 24 };
    const fitSize = (text: string, room: number) => (textWidth(text, s.strong) <= room ? s.strong : s.label);
    const compactLabels = (children: unknown[], row: (typeof rows)[number], index: number, x0: number, y: number, h: number, band: number, api: RenderApi) => {
      // Clear of the axis line at the plot's left edge.
      const left = compactGrid.left + 10;
      const xt = api.coord([spec.target.value, 0])[0];
      if (index === 0) {
        const text = `${spec.target.name}目标 ${spec.target.value}${spec.unit}`;
        const w = textWidth(text, s.label);
        children.push({
          type: 'text',
          x: clampCentre(xt, w, W),
          y: y - band / 2 - 12,
          style: { text, fill: color.redDeep, fontSize: s.label, fontWeight: 700, fontFamily: font.sans, align: 'center', verticalAlign: 'bottom' },
        });
      }
      if (!row.derived) {
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
        return;
      }
      const text = `两项合计：${row.text}`;
      children.push({
        type: 'text',
        x: left,
        y: y + h / 2 + 14,
        style: { text, fill: color.redDeep, fontSize: fitSize(text, W - 16 - left), fontWeight: 700, fontFamily: font.sans, align: 'left', verticalAlign: 'top' },
      });
      if (gap.max > 0) {
        const yb = y - h / 2 - 18;
        const label = `${gapShort(spec)}（推算）`;
        children.push(
          { type: 'rect', shape: { x: x0, y: yb, width: xt - x0, height: 4 }, style: { fill: color.goldText } },
          { type: 'rect', shape: { x: x0, y: yb, width: 4, height: 12 }, style: { fill: color.goldText } },
          { type: 'rect', shape: { x: xt - 4, y: yb, width: 4, height: 12 }, style: { fill: color.goldText } },
          {
            type: 'text',
            x: clampCentre((x0 + xt) / 2, textWidth(label, s.label), W),
            y: yb - 8,
            style: { text: label, fill: color.goldText, fontSize: s.label, fontWeight: 700, fontFamily: font.sans, align: 'center', verticalAlign: 'bottom' },
          },
        );
      }
    };

    return {
      ...animation(opts),
      grid: opts.compact ? { ...compactGrid, containLabel: false } : { left: 48, right: 64, top: 96, bottom: s.label * 2 + 24, containLabel: true },
      tooltip: {
        ...tooltipBase(opts),
        // The whole row answers, not only the thin shape.
        trigger: 'axis',
        axisPointer: { type: 'shadow', shadowStyle: { color: 'rgba(201,160,99,0.15)' } },
        formatter: (p: unknown) => {
          const first: unknown = Array.isArray(p) ? p[0] : p;
          const row = first ? rows[(first as { dataIndex: number }).dataIndex] : undefined;
          if (!row) return '';
          const how = row.derived ? `<br>推算：${spec.items.map((it) => itemText(it, spec.unit)).join(' + ')}` : '';
          return `${escapeHtml(row.name)}：${escapeHtml(row.text)}${how}`;
        },
      },
      xAxis: {
        type: 'value',
        min: 0,
        max,
        // Every label on a narrow chart carries its unit: no axis name, fewer ticks.
        name: opts.compact ? '' : `单位：${spec.unit}`,
        splitNumber: opts.compact ? 3 : undefined,
        nameLocation: 'middle',
        nameGap: s.label * 2,
        nameTextStyle: { fontSize: s.label },
        axisLabel: { fontSize: s.label, formatter: (v: number) => String(v) },
        splitLine: { show: true },
      },
      yAxis: {
        type: 'category',
        data: names,
        inverse: true,
        axisTick: { show: false },
        axisLabel: { show: !opts.compact, interval: 0, fontSize: s.strong, fontWeight: 700, color: color.ink, width: 320, overflow: 'break', fontFamily: font.serif },
      },
      series: [
        {
          type: 'custom',
          name: '产值预计',
          renderItem: renderItem as never,
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
              formatter: `${spec.target.name}目标 ${spec.target.value}${spec.unit}`,
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
    return `产值预计：${items}；${spec.target.name}为${spec.target.value}${spec.unit}。两项合计${sumText(spec)}（推算），${gapText(spec)}（推算）。`;
  },
  table(spec) {
    return {
      caption: `产值预计与${spec.target.name}（单位：${spec.unit}）`,
      head: ['项目', '下限', '上限', '说明'],
      rows: [
        ...spec.items.map((it) => [
          it.name,
          String(it.low),
          it.kind === 'range' ? String(it.high) : '—',
          it.kind === 'range' ? `区间：${itemText(it, spec.unit)}` : `下限：${itemText(it, spec.unit)}`,
        ]),
        [SUM_NAME, String(forecastSum(spec).low), forecastSum(spec).high === null ? '—' : String(forecastSum(spec).high), `${sumText(spec)}，各项相加`],
        [spec.target.name, String(spec.target.value), String(spec.target.value), '目标'],
        [`与目标差距（推算）`, forecastGap(spec).min === null ? '—' : String(forecastGap(spec).min), String(forecastGap(spec).max), gapText(spec)],
      ],
    };
  },
};
