import { tokens } from '../../../theme/tokens.ts';
import { axisText, type NativeChart } from '../../../export/pptx/native.ts';
import { C, tint } from '../../../export/pptx/style.ts';
import { FORECAST_QUALIFIER, itemText, OPEN_END_SHARE, type ForecastSpec } from './spec.ts';

export function forecastNative(spec: ForecastSpec): NativeChart {
  // Floating bars: an invisible base up to the low end, then the range on top.
  // A lower bound is a bar up to the bound, then a pale open segment named "以上" (its length
  // is a drawing convention, not data: the series says so); the target is its own bar.
  // The category labels carry the exact figures so the chart never rounds them.
  const labels = [...spec.items.map((i) => `${i.name} ${itemText(i, spec.unit)}`), spec.target.name];
  const base = [...spec.items.map((i) => (i.kind === 'range' ? i.low : 0)), 0];
  const range = [...spec.items.map((i) => (i.kind === 'range' ? i.high - i.low : 0)), 0];
  const bound = [...spec.items.map((i) => (i.kind === 'lowerBound' ? i.low : 0)), 0];
  const axisMax = Math.max(spec.target.value, ...spec.items.map((i) => (i.kind === 'range' ? i.high : i.low)));
  const openLen = Math.round(axisMax * OPEN_END_SHARE);
  const open = [...spec.items.map((i) => (i.kind === 'lowerBound' ? openLen : 0)), 0];
  const target = [...spec.items.map(() => 0), spec.target.value];
  const hasOpen = spec.items.some((i) => i.kind === 'lowerBound');
  return {
    type: 'bar',
    series: [
      { name: '基数（不显示）', labels, values: base },
      { name: `预计区间（${spec.unit}）`, labels, values: range },
      { name: `预计下限（${spec.unit}）`, labels, values: bound },
      ...(hasOpen ? [{ name: '以上：上限未给出（浅色段长度仅示意，非数据）', labels, values: open, label: '以上' }] : []),
      { name: `${spec.target.name}（${spec.unit}）`, labels, values: target },
    ],
    options: {
      ...axisText,
      barDir: 'bar',
      barGrouping: 'stacked',
      barGapWidthPct: 60,
      // The base series takes the slide's paper colour: a floating bar. The open end is a pale tint of the bound.
      chartColors: [C.paper, C.red, C.gold, ...(hasOpen ? [tint(tokens.color.gold)] : []), C.redDeep],
      // As in the deck: the figures are on the labels; an axis scale would read as figures the speech does not give.
      valAxisHidden: true,
      // No legend: it would list the invisible base; the category labels and captions carry the figures.
    },
    // The speaker's words only: the pale part is labelled 以上 on the bar itself, not explained in a caption.
    captions: [FORECAST_QUALIFIER, ...spec.items.map((i) => `${i.name}：${itemText(i, spec.unit)}`), spec.target.name],
  };
}
