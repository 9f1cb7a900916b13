import { alpha, animation, color, escapeHtml, font, sizes, axisTooltip } from '../../common.ts';
import type { ChartOption } from '../../registry.ts';
import type { BuildOptions } from '../module.ts';
import { doublingBars, type DoublingSpec } from './spec.ts';

/** Today's total and its doubling as two bars, the second a goal (dashed). */
export function doublingOption(spec: DoublingSpec, opts: BuildOptions): ChartOption {
  const s = sizes(opts);
  const bars = doublingBars(spec);
  const target = spec.shareTarget;
  // No number is drawn: the speech says 翻一番, not an index or a rate (those are in the data table).
  return {
    ...animation(opts),
    grid: { left: opts.compact ? 24 : '22%', right: opts.compact ? 24 : '22%', top: target ? (opts.compact ? 150 : 150) : 96, bottom: 16, containLabel: true },
    tooltip: axisTooltip(opts, (i) => {
      const b = bars[i];
      return b ? `${escapeHtml(b.name)}：${escapeHtml(b.label)}` : '';
    }),
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
}
