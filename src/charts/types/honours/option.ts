import { animation, color, escapeHtml, font, sizes, axisTooltip, widthOf, wrapList } from '../../common.ts';
import type { ChartOption } from '../../registry.ts';
import type { BuildOptions } from '../module.ts';
import { honourCounts, type HonoursSpec } from './spec.ts';

/** One bar per level, as long as the honours it names, with the names beside it. */
export function honoursOption(spec: HonoursSpec, opts: BuildOptions): ChartOption {
  const s = sizes(opts);
  const counts = honourCounts(spec);
  const max = Math.max(1, ...counts.map((c) => c.count));
  const levels = counts.map((c) => c.level);
  // Wide: the names stand beside each bar (a second category axis on the right); compact: tooltip and data table only.
  const namesWidth = opts.compact ? 0 : Math.round(widthOf(opts) * 0.56);
  const labelWidth = s.strong * 3 + 32;
  return {
    ...animation(opts),
    // No containLabel: the names column has a fixed width and would be counted twice.
    grid: { left: labelWidth, right: opts.compact ? 96 : namesWidth, top: 24, bottom: 24 },
    tooltip: axisTooltip(opts, (i) => {
      const c = counts[i];
      return c ? `<b>${escapeHtml(c.level)}</b>${c.names.map((n) => `<br>· ${escapeHtml(n)}`).join('')}` : '';
    }),
    // One unit of length per named honour; no count is written (the speech gives none).
    xAxis: { type: 'value', min: 0, max: max * 1.1, show: false },
    yAxis: [
      {
        type: 'category',
        data: levels,
        inverse: true,
        axisTick: { show: false },
        axisLine: { show: false },
        axisLabel: { interval: 0, fontSize: s.strong, fontWeight: 700, color: color.ink, fontFamily: font.serif },
      },
      {
        type: 'category',
        data: counts.map((c) => (c.names.length ? wrapList(c.names, '、', namesWidth - 64, s.label).join('\n') : '—')),
        inverse: true,
        position: 'right',
        show: !opts.compact,
        axisTick: { show: false },
        axisLine: { show: false },
        axisLabel: { show: !opts.compact, interval: 0, fontSize: s.label, color: color.inkSoft, lineHeight: Math.round(s.label * 1.35), margin: 40, align: 'left' },
      },
    ],
    series: [
      {
        type: 'bar',
        name: '荣誉称号',
        data: counts.map((c) => c.count),
        barWidth: '46%',
        itemStyle: { color: color.red, borderRadius: [0, 6, 6, 0] },
      },
    ],
  };
}
