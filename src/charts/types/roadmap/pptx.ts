import { tokens } from '../../../theme/tokens.ts';
import { axisText, type NativeChart, type NativeSeries } from '../../../export/pptx/native.ts';
import { C, tint } from '../../../export/pptx/style.ts';
import { roadmapYearLabel, spanLabel, type RoadmapSpec } from './spec.ts';

export function roadmapNative(spec: RoadmapSpec): NativeChart {
  // A timeline as horizontal bars: how many years from now each milestone lies.
  // The span (今后3至5年) starts NOW and ends somewhere between `from` and `to` (see specs.ts):
  // a firm segment from 0 to `from`, then a pale segment from `from` to `to` for the uncertain end.
  // On the slide only the speech's words: its phrases name the bars, no scale of years (二年, 四年
  // would be ours), no legend. The series names explain the segments in the chart's data only.
  const phrases = spec.milestones.map((m) => `${roadmapYearLabel(m.year)}${m.label}`);
  const labels = [...phrases];
  const years = spec.milestones.map((m) => m.year);
  const series: NativeSeries[] = [];
  if (spec.span) {
    const { from, to } = spec.span;
    labels.push(spanLabel(spec.span));
    years.push(0);
    series.push(
      { name: '目标节点（距今年数）', labels, values: years },
      { name: `${spec.span.label}：从现在起至少${from}年`, labels, values: [...spec.milestones.map(() => 0), from] },
      { name: `${spec.span.label}：终点在第${from}至${to}年之间`, labels, values: [...spec.milestones.map(() => 0), to - from] },
    );
  } else {
    series.push({ name: '年数', labels, values: years });
  }
  return {
    type: 'bar',
    series,
    options: {
      ...axisText,
      barDir: 'bar',
      barGrouping: 'stacked',
      barGapWidthPct: 70,
      chartColors: [C.red, C.gold, tint(tokens.color.gold)],
      valAxisMinVal: 0,
      valAxisHidden: true,
      valGridLine: { style: 'none' },
      showLegend: false,
    },
    // The speech's phrases, as it strings them together.
    captions: [phrases.join('、'), ...(spec.span ? [spanLabel(spec.span)] : [])],
  };
}
