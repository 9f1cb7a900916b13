import type { HonourLevel, HonoursSpec } from '../specs.ts';
import { animation, color, escapeHtml, font, sizes, tooltipBase, widthOf, wrapList } from './common.ts';
import type { ChartBuilder } from './types.ts';

export const HONOUR_LEVELS: readonly HonourLevel[] = ['全国', '全省', '全市'];

/** Honours counted by level, in the order 全国 / 全省 / 全市; levels with none count 0. Derived. */
export function honourCounts(spec: HonoursSpec): { level: HonourLevel; count: number; names: string[] }[] {
  return HONOUR_LEVELS.map((level) => {
    const names = spec.items.filter((i) => i.level === level).map((i) => i.name);
    return { level, count: names.length, names };
  });
}

export const honours: ChartBuilder<HonoursSpec> = {
  option(spec, opts) {
    const s = sizes(opts);
    const counts = honourCounts(spec);
    const max = Math.max(1, ...counts.map((c) => c.count));
    const levels = counts.map((c) => `${c.level}级`);
    // Wide: the names stand beside each bar (a second category axis on the right); compact: tooltip and data table only.
    const namesWidth = opts.compact ? 0 : Math.round(widthOf(opts) * 0.56);
    const labelWidth = s.strong * 3 + 32;
    return {
      ...animation(opts),
      // No containLabel: the names column has a fixed width and would be counted twice.
      grid: { left: labelWidth, right: opts.compact ? 96 : namesWidth, top: 24, bottom: 24 },
      tooltip: {
        ...tooltipBase(opts),
        trigger: 'axis',
        axisPointer: { type: 'shadow', shadowStyle: { color: 'rgba(201,160,99,0.15)' } },
        formatter: (p: unknown) => {
          const first = (p as { dataIndex: number }[])[0];
          const c = first && counts[first.dataIndex];
          if (!c) return '';
          return `<b>${c.level}级荣誉 ${c.count}项</b>${c.names.map((n) => `<br>· ${escapeHtml(n)}`).join('')}`;
        },
      },
      // Headroom past the longest bar for its "6项" label.
      xAxis: { type: 'value', min: 0, max: max * 1.35, show: false },
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
          name: '荣誉数量',
          data: counts.map((c) => c.count),
          barWidth: '46%',
          itemStyle: { color: color.red, borderRadius: [0, 6, 6, 0] },
          label: { show: true, position: 'right', formatter: '{c}项', fontSize: s.big, fontWeight: 700, color: color.red, fontFamily: font.serif },
        },
      ],
    };
  },
  describe(spec) {
    const parts = honourCounts(spec).map((c) => `${c.level}级${c.count}项${c.names.length ? `（${c.names.join('、')}）` : ''}`);
    return `本年度获得的荣誉，按级别计：${parts.join('；')}。`;
  },
  table(spec) {
    return {
      caption: '荣誉按级别统计（据讲话第一部分列举）',
      head: ['级别', '数量', '荣誉名称'],
      rows: honourCounts(spec).map((c) => [c.level, `${c.count}项`, c.names.join('、') || '—']),
    };
  },
};
