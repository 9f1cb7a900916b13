import { tokens } from '../../../theme/tokens.ts';
import { axisText, type NativeChart, type NativeSeries } from '../../../export/pptx/native.ts';
import { C, FONT, pt, tint } from '../../../export/pptx/style.ts';
import { spanLabel, spanText, type RoadmapSpec } from './spec.ts';

export function roadmapNative(spec: RoadmapSpec): NativeChart {
  // A timeline as horizontal bars: how many years from now each milestone lies.
  // The span (今后3至5年) starts NOW and ends somewhere between `from` and `to` (see specs.ts):
  // a firm segment from 0 to `from`, then a pale segment from `from` to `to` for the uncertain end.
  const labels = spec.milestones.map((m) => `${m.label}（${m.year}年）`);
  const years = spec.milestones.map((m) => m.year);
  const series: NativeSeries[] = [];
  if (spec.span) {
    const { from, to } = spec.span;
    labels.push(spanLabel(spec.span));
    years.push(0);
    series.push(
      { name: '目标节点（距今年数）', labels, values: years },
      { name: `${spec.span.label}：从现在起至少${from}年`, labels, values: [...spec.milestones.map(() => 0), from] },
      { name: `${spec.span.label}：终点在第${from}至${to}年之间`, labels, values: [...spec.milestones.map(() => 0), to - from], label: `止于第${from}至${to}年` },
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
      valAxisTitle: '年',
      showValAxisTitle: true,
      // The legend names the firm and the pale part of the span (no invisible series here).
      ...(spec.span ? { showLegend: true, legendPos: 'b' as const, legendFontFace: FONT.sans, legendFontSize: pt(tokens.size.caption), legendColor: C.inkSoft } : {}),
    },
    captions: spec.milestones
      .map((m) => `${m.year}年：${m.label}`)
      .concat(spec.span ? [`${spanText(spec.span)}：${spec.span.label}，从现在起持续${spec.span.from}至${spec.span.to}年`, `浅色段：机遇期的终点在第${spec.span.from}至${spec.span.to}年之间`] : []),
  };
}
