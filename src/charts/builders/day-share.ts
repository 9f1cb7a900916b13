import { tokens } from '../../theme/tokens.ts';
import type { DayShareSpec } from '../specs.ts';
import { tooltipBase } from './common.ts';
import type { ChartBuilder } from './types.ts';

/** The share the value implies of the whole, in percent, one decimal. Derived, never typed in. */
export function dayShareRatio(spec: DayShareSpec): number {
  return Math.round((spec.value / spec.total) * 1000) / 10;
}

export const dayShare: ChartBuilder<DayShareSpec> = {
  option(spec, opts) {
    return {
      animation: opts.animation,
      animationDuration: tokens.motion.chartMs,
      tooltip: { ...tooltipBase(opts), trigger: 'item', formatter: '{b}：{c}' + spec.unit },
      series: [
        {
          type: 'pie',
          radius: ['62%', '86%'],
          center: ['50%', '50%'],
          startAngle: 90,
          percentPrecision: 1,
          silent: false,
          label: { show: false },
          labelLine: { show: false },
          data: [
            { name: spec.label, value: spec.value, itemStyle: { color: tokens.color.red } },
            // The rest of the year completes the ring; its count is derived, so it has no tooltip and no label.
            { name: '', value: spec.total - spec.value, itemStyle: { color: tokens.color.neutralLight }, tooltip: { show: false }, emphasis: { disabled: true } },
          ],
        },
      ],
      graphic: [
        {
          type: 'text',
          left: 'center',
          top: 'middle',
          style: {
            // Only the speech's figure: the share of the year is derived and stays in the data table.
            text: `{v|${spec.value}${spec.unit}}\n{s|${spec.label}}`,
            align: 'center',
            verticalAlign: 'middle',
            rich: {
              v: { fill: tokens.color.red, font: `700 ${opts.compact ? 72 : 96}px ${tokens.font.serif}`, lineHeight: opts.compact ? 88 : 116, align: 'center' },
              s: { fill: tokens.color.ink, font: `700 ${opts.compact ? tokens.size.caption : tokens.size.small}px ${tokens.font.sans}`, lineHeight: 44, align: 'center' },
            },
          },
        },
      ],
    };
  },
  describe(spec) {
    return `全年${spec.label}${spec.value}${spec.unit}。`;
  },
  table(spec) {
    return {
      caption: spec.label,
      head: ['项目', '数值'],
      rows: [
        [spec.label, `${spec.value}${spec.unit}`],
        [`全年天数（${spec.totalBasis}）`, `${spec.total}${spec.unit}`],
        ['占全年比例（推算）', `${dayShareRatio(spec)}%（${spec.totalBasis}）`],
      ],
    };
  },
};
