import { tokens } from '../../../theme/tokens.ts';
import { tooltipBase } from '../../common.ts';
import type { ChartOption } from '../../registry.ts';
import type { BuildOptions } from '../module.ts';
import type { DayShareSpec } from './spec.ts';

/** A ring with the speech's count in the middle. */
export function dayShareOption(spec: DayShareSpec, opts: BuildOptions): ChartOption {
  // The rest of the year completes the ring; its count is derived, so it has no tooltip and no label.
  // (ECharts honours a data item's own tooltip on pies; its option types do not list it.)
  const rest = { name: '', value: spec.total - spec.value, itemStyle: { color: tokens.color.neutralLight }, tooltip: { show: false }, emphasis: { disabled: true } };
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
          rest,
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
}
