import type { PlanCountsSpec } from '../specs.ts';
import { animation, color, escapeHtml, font, sizes, tooltipBase, widthOf, wrapList } from './common.ts';
import type { ChartBuilder } from './types.ts';
import { tokens } from '../../theme/tokens.ts';

export const NAMED = '讲话列明';
export const UNNAMED = '讲话未列明';

/** How many of each count the speech leaves unnamed. Derived; never filled in. */
/** The measure word for one item: its own, else the chart's. */
export function unitOf(spec: PlanCountsSpec, item: PlanCountsSpec['items'][number]): string {
  return item.unit ?? spec.unit;
}

export function unnamedCount(item: PlanCountsSpec['items'][number]): number {
  return Math.max(0, item.count - item.named.length);
}

/**
 * A unit chart: one cell per project. Cells the speech names are filled and carry the name;
 * the rest are hollow and labelled 讲话未列明. Nothing is invented.
 */
export const planCounts: ChartBuilder<PlanCountsSpec> = {
  option(spec, opts) {
    const s = sizes(opts);
    const maxCount = Math.max(1, ...spec.items.map((i) => i.count));
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
    const cell = Math.max(18, Math.min(opts.compact ? 30 : 46, Math.floor((cellsWidth / maxCount) * 0.72)));
    const named: { value: [number, number]; name: string }[] = [];
    const unnamed: { value: [number, number]; name: string }[] = [];
    spec.items.forEach((item, row) => {
      for (let k = 0; k < item.count; k++) {
        if (k < item.named.length) named.push({ value: [k, row], name: item.named[k] });
        else unnamed.push({ value: [k, row], name: `${item.name}（${UNNAMED}）` });
      }
    });
    const rowLabel = (i: number) => {
      const item = spec.items[i];
      return `{n|${item.name}}\n{c|共${item.count}${unitOf(spec, item)}，${NAMED}${item.named.length}${unitOf(spec, item)}}`;
    };
    return {
      ...animation(opts),
      legend: {
        bottom: 0,
        left: 'center',
        itemWidth: cell * 0.7,
        itemHeight: cell * 0.7,
        textStyle: { fontSize: s.label, color: color.ink },
        data: [NAMED, UNNAMED],
        selectedMode: false,
      },
      // No containLabel: both label columns have fixed widths and would be counted twice.
      grid: { left: labelWidth, right: opts.compact ? 24 : namesWidth, top: 16, bottom: 80 },
      tooltip: {
        ...tooltipBase(opts),
        trigger: 'item',
        formatter: (p: unknown) => {
          const q = p as { seriesName: string; name: string; value: [number, number] };
          const item = spec.items[q.value[1]];
          if (!item) return '';
          return q.seriesName === NAMED ? `<b>${escapeHtml(q.name)}</b><br>${escapeHtml(item.name)}之一（${NAMED}）` : `${escapeHtml(item.name)}：此项${UNNAMED}`;
        },
      },
      xAxis: { type: 'value', min: -0.6, max: maxCount - 0.4, show: false },
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
              c: { fontSize: s.label, color: color.inkSoft, fontFamily: font.sans, lineHeight: s.label * 1.4, align: 'right' },
            },
          },
        },
        {
          type: 'category',
          data: spec.items.map((i) =>
            [
              // The left label already says how many are named; here only the names, or that none are.
              ...(i.named.length ? wrapList(i.named, '、', namesWidth - 72, listSize) : [`具体项目${UNNAMED}`]),
            ]
              .filter(Boolean)
              .join('\n'),
          ),
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
          name: NAMED,
          symbol: 'roundRect',
          symbolSize: cell,
          itemStyle: { color: color.red, opacity: 1 },
          data: named,
        },
        {
          type: 'scatter',
          name: UNNAMED,
          symbol: 'roundRect',
          symbolSize: cell,
          // Small cells read better with a solid outline than a dashed one.
          itemStyle: { color: color.paper, borderColor: color.neutral, borderWidth: opts.compact ? 2 : 3, borderType: cell < 32 ? 'solid' : 'dashed', opacity: 1 },
          data: unnamed,
        },
      ],
    };
  },
  describe(spec) {
    const parts = spec.items.map(
      (i) => `${i.name}共${i.count}${unitOf(spec, i)}${i.named.length ? `，讲话列明${i.named.length}${unitOf(spec, i)}：${i.named.join('、')}` : `，讲话未列明具体项目`}`,
    );
    return `${parts.join('；')}。`;
  },
  table(spec) {
    return {
      caption: '重点工程、项目与实事（据讲话列举）',
      head: ['类别', '数量', '讲话列明的项目', '未列明'],
      rows: spec.items.map((i) => [i.name, `${i.count}${unitOf(spec, i)}`, i.named.join('、') || '—', `${unnamedCount(i)}${unitOf(spec, i)}`]),
    };
  },
};
