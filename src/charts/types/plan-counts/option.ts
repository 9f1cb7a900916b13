import { tokens } from '../../../theme/tokens.ts';
import { animation, color, escapeHtml, font, sizes, tooltipBase, widthOf, wrapList } from '../../common.ts';
import type { ChartOption } from '../../registry.ts';
import type { BuildOptions } from '../module.ts';
import { namedList, type PlanCountsSpec } from './spec.ts';

/**
 * One row per plan (十大…): its name, a cell for each project the speech names, and their names.
 * Only what the speaker says is drawn; how many are unnamed is for the data table.
 */
export function planCountsOption(spec: PlanCountsSpec, opts: BuildOptions): ChartOption {
  const s = sizes(opts);
  const maxNamed = Math.max(1, ...spec.items.map((i) => i.named.length));
  // The 4:3 canvas (about 1264px): a wider names column in the caption size, so each list
  // takes two or three lines and the lists of neighbouring rows stay apart.
  const narrow = !opts.compact && widthOf(opts) < 1400;
  const namesWidth = opts.compact ? 0 : Math.round(widthOf(opts) * (narrow ? 0.46 : 0.4));
  const listSize = narrow ? tokens.size.caption : s.label;
  // Narrow containers (phones) set the row names a size smaller to leave room for the cells.
  const nameSize = opts.compact ? s.label : s.strong;
  const labelWidth = Math.max(...spec.items.map((i) => i.name.length)) * nameSize + 40;
  // Cells fit the room between the two label columns (the 4:3 canvas is narrower).
  const cellsWidth = widthOf(opts) - labelWidth - (opts.compact ? 24 : namesWidth);
  const cell = Math.max(18, Math.min(opts.compact ? 30 : 46, Math.floor((cellsWidth / maxNamed) * 0.72)));
  const named: { value: [number, number]; name: string }[] = [];
  spec.items.forEach((item, row) => item.named.forEach((name, k) => named.push({ value: [k, row], name })));
  const rowLabel = (i: number) => `{n|${spec.items[i].name}}`;
  return {
    ...animation(opts),
    // No containLabel: both label columns have fixed widths and would be counted twice.
    grid: { left: labelWidth, right: opts.compact ? 24 : namesWidth, top: 16, bottom: 16 },
    tooltip: {
      ...tooltipBase(opts),
      trigger: 'item',
      formatter: (p: unknown) => {
        const q = p as { name: string; value: [number, number] };
        const item = spec.items[q.value[1]];
        return item ? `<b>${escapeHtml(q.name)}</b><br>${escapeHtml(item.name)}` : '';
      },
    },
    xAxis: { type: 'value', min: -0.6, max: maxNamed - 0.4, show: false },
    yAxis: [
      {
        type: 'category',
        data: spec.items.map((_, i) => String(i)),
        inverse: true,
        axisTick: { show: false },
        axisLine: { show: false },
        axisLabel: {
          // Every row keeps its label: never thinned out when long labels touch.
          interval: 0,
          formatter: (v: string) => rowLabel(Number(v)),
          rich: {
            n: { fontSize: nameSize, fontWeight: 700, color: color.ink, fontFamily: font.serif, lineHeight: nameSize * 1.4, align: 'right' },
          },
        },
      },
      {
        type: 'category',
        data: spec.items.map((i) => wrapList(namedList(i), '、', namesWidth - 72, listSize).join('\n')),
        inverse: true,
        position: 'right',
        show: !opts.compact,
        axisTick: { show: false },
        axisLine: { show: false },
        axisLabel: { show: !opts.compact, interval: 0, fontSize: listSize, color: color.inkSoft, lineHeight: Math.round(listSize * 1.35), margin: 40, align: 'left' },
      },
    ],
    series: [
      {
        type: 'scatter',
        name: '项目',
        symbol: 'roundRect',
        symbolSize: cell,
        itemStyle: { color: color.red, opacity: 1 },
        data: named,
      },
    ],
  };
}
