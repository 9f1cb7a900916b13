import { tokens } from '../../../theme/tokens.ts';
import { drawing, fadeIn } from '../../draw.ts';
import type { ChartOption } from '../../registry.ts';
import type { BuildOptions } from '../module.ts';
import type { DayShareSpec } from './spec.ts';

/** From the top (zrender's angles run clockwise from three o'clock). */
const TOP = -Math.PI / 2;

/** A ring with the speech's count in the middle. */
export function dayShareOption(spec: DayShareSpec, opts: BuildOptions): ChartOption {
  const end = TOP + (2 * Math.PI * spec.value) / spec.total;
  const ring = (width: number, height: number) => {
    const r = Math.min(width, height) / 2;
    return { cx: width / 2, cy: height / 2, r0: r * 0.62, r: r * 0.86 };
  };
  // A thin gap of paper between the two parts, at both ends alike (as the pie's border drew it).
  const gap = { stroke: tokens.color.paper, lineWidth: 2 };
  return drawing(opts, [
    {
      name: spec.label,
      // The rest of the year completes the ring; its count is derived, so it has no tooltip and no label.
      tips: [`${spec.label}：${spec.value}${spec.unit}`, ''],
      render: (i, { width, height }) =>
        i === 0
          ? // The speech's count sweeps round from the top.
            { type: 'sector', shape: { ...ring(width, height), startAngle: TOP, endAngle: end, enterFrom: { endAngle: TOP } }, style: { fill: tokens.color.red, ...gap } }
          : fadeIn({ type: 'sector', shape: { ...ring(width, height), startAngle: end, endAngle: TOP + 2 * Math.PI }, style: { fill: tokens.color.neutralLight, ...gap } }),
    },
    {
      name: '',
      tips: [''],
      silent: true,
      render: (_i, { width, height }) => ({
        type: 'text',
        x: width / 2,
        y: height / 2,
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
      }),
    },
  ]);
}
