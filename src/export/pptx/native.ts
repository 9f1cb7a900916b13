/**
 * A chart as PowerPoint stores it. Each chart type maps its spec to this
 * form in its own folder (src/charts/types/<type>/pptx.ts); charts.ts places it.
 */
import type PptxGenJS from 'pptxgenjs';
import { tokens } from '../../theme/tokens.ts';
import { C, FONT, pt } from './style.ts';

export type NativeChartType = 'bar' | 'line' | 'doughnut';

export interface NativeSeries {
  readonly name: string;
  readonly labels: readonly string[];
  readonly values: readonly number[];
  /** Fixed text on this series' bars instead of a value: its lengths are a drawing convention, not data ("以上"). */
  readonly label?: string;
}

/** A chart as PowerPoint stores it: type, series (the embedded data), options, and notes drawn beside it. */
export interface NativeChart {
  readonly type: NativeChartType;
  readonly series: readonly NativeSeries[];
  readonly options: PptxGenJS.IChartOpts;
  /** Short lines set beside the chart: derived values, named items, the basis of a computation. */
  readonly captions: readonly string[];
  /** What the data is, from the chart's data table (e.g. "工业总量指数（基期=100，按“三年翻一番”推算）"). */
  readonly heading?: string;
  /** Large text in the middle of a doughnut. */
  readonly centre?: { readonly value: string; readonly note?: string };
}

/** Axis and label text in the deck's fonts and colours, shared by the bar charts. */
export const axisText = {
  catAxisLabelColor: C.ink,
  catAxisLabelFontFace: FONT.sans,
  catAxisLabelFontSize: pt(tokens.size.caption),
  valAxisLabelColor: C.inkSoft,
  valAxisLabelFontFace: FONT.sans,
  valAxisLabelFontSize: pt(tokens.size.caption),
  catAxisLineShow: true,
  catAxisLineColor: C.neutral,
  valAxisLineShow: false,
  valGridLine: { color: C.neutralLight, size: 0.75 },
  dataLabelColor: C.ink,
  dataLabelFontFace: FONT.sans,
  dataLabelFontSize: pt(tokens.size.caption),
  showLegend: false,
} satisfies PptxGenJS.IChartOpts;
