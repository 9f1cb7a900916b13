import type { DoublingSpec } from '../specs.ts';
import { alpha, animation, cnNumber, color, escapeHtml, fmt, font, sizes, tooltipBase } from './common.ts';
import type { ChartBuilder } from './types.ts';

export const BASE_INDEX = 100;
export const DOUBLING_BASIS = '按“三年翻一番”推算';

/** The implied yearly growth rate: factor^(1/years) − 1 (三年翻一番 → ≈26%). Derived. */
export function impliedRate(spec: DoublingSpec): number {
  return spec.factor ** (1 / spec.years) - 1;
}

/** Index path from 100 at the base year to 100 × factor after `years`. Derived. */
export function indexPath(spec: DoublingSpec): number[] {
  return Array.from({ length: spec.years + 1 }, (_, t) => BASE_INDEX * spec.factor ** (t / spec.years));
}

export function ratePercent(spec: DoublingSpec): string {
  return fmt(impliedRate(spec) * 100, 0);
}

function basis(spec: DoublingSpec): string {
  return spec.years === 3 && spec.factor === 2 ? DOUBLING_BASIS : `按“${cnNumber(spec.years)}年增长到${spec.factor}倍”推算`;
}

export function yearLabel(t: number): string {
  return t === 0 ? '基期' : `第${cnNumber(t)}年`;
}

/** Before and after as the speech puts it: today's total as 1, three years on as `factor` (翻一番 → 2). */
export function doublingBars(spec: DoublingSpec): { name: string; value: number; label: string }[] {
  return [
    { name: '现在', value: 1, label: '工业总量' },
    { name: `${cnNumber(spec.years)}年`, value: spec.factor, label: spec.factor === 2 ? '翻一番' : `${spec.factor}倍` },
  ];
}

export const doubling: ChartBuilder<DoublingSpec> = {
  option(spec, opts) {
    const s = sizes(opts);
    const bars = doublingBars(spec);
    const target = spec.shareTarget;
    // No number is drawn: the speech says 翻一番, not an index or a rate (those are in the data table).
    return {
      ...animation(opts),
      grid: { left: opts.compact ? 24 : '22%', right: opts.compact ? 24 : '22%', top: target ? (opts.compact ? 150 : 150) : 96, bottom: 16, containLabel: true },
      tooltip: {
        ...tooltipBase(opts),
        trigger: 'axis',
        axisPointer: { type: 'shadow', shadowStyle: { color: alpha(color.gold, 0.15) } },
        formatter: (p: unknown) => {
          const first = (p as { dataIndex: number }[])[0];
          const b = first && bars[first.dataIndex];
          return b ? `${escapeHtml(b.name)}：${escapeHtml(b.label)}` : '';
        },
      },
      xAxis: { type: 'category', data: bars.map((b) => b.name), axisTick: { show: false }, axisLabel: { fontSize: s.strong, fontWeight: 700, color: color.ink, fontFamily: font.serif } },
      yAxis: { type: 'value', min: 0, max: spec.factor * 1.25, show: false },
      series: [
        {
          type: 'bar',
          name: '工业总量',
          barWidth: '46%',
          data: bars.map((b, i) => ({
            value: b.value,
            // The second bar is a goal, not a record: the same red, lighter, with a dashed edge.
            itemStyle: i === 0 ? { color: color.red } : { color: alpha(color.red, 0.55), borderColor: color.red, borderWidth: 4, borderType: 'dashed' },
            label: {
              show: true,
              position: 'top',
              distance: 14,
              formatter: b.label,
              fontSize: i === 0 ? s.strong : s.big,
              fontWeight: 700,
              color: i === 0 ? color.ink : color.red,
              fontFamily: i === 0 ? font.sans : font.serif,
            },
          })),
        },
      ],
      graphic: target
        ? [
            {
              type: 'text',
              left: 'center',
              top: 8,
              style: {
                // A goal in the speech's own words: a dashed frame, no series, no value.
                text: target.label,
                fill: color.goldText,
                font: `700 ${s.strong}px ${font.sans}`,
                backgroundColor: color.paper,
                borderColor: color.goldText,
                borderWidth: 3,
                borderDash: [10, 8],
                borderRadius: 6,
                padding: [14, 22],
              },
            },
          ]
        : [],
    };
  },
  describe(spec) {
    return `工业总量${cnNumber(spec.years)}年翻一番${spec.shareTarget ? `，${spec.shareTarget.label}` : ''}。`;
  },
  table(spec) {
    const path = indexPath(spec);
    return {
      caption: `工业总量${cnNumber(spec.years)}年翻一番（指数为推算，基期=${BASE_INDEX}）`,
      head: ['年份', '指数（推算）', '说明'],
      rows: [
        ...path.map((v, t) => [yearLabel(t), fmt(v), t === 0 ? '基期' : `推算：${basis(spec)}，年均增长约${ratePercent(spec)}%（${spec.factor}^(1/${spec.years})−1）`]),
        ...(spec.shareTarget ? [[spec.shareTarget.label, `${spec.shareTarget.value}%`, '推算：半壁江山按一半计；目标，非统计数据']] : []),
      ],
    };
  },
};
