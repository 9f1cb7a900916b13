import type { NativeChart } from '../../export/pptx/native.ts';
import type { ChartOption } from '../registry.ts';
import type { BuildOptions } from '../common.ts';
import type { ChartType, SpecOf } from './specs.ts';

export type { BuildOptions };

export interface DataTable {
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** Builds a chart type's ECharts option for a spec. */
export type OptionBuilder<K extends ChartType> = (spec: SpecOf<K>, opts: BuildOptions) => ChartOption;

/** A chart type's PowerPoint form: native chart shapes, or undefined when there is no faithful one (the slide goes in as a picture). */
export type NativeForm<K extends ChartType> = (spec: SpecOf<K>) => NativeChart | undefined;

/** What the deck and its exports need from one chart type (one folder); all functions are pure. */
export interface ChartTypeModule<K extends ChartType> {
  /** Its drawing (option.ts), loaded with the chart engine: the cover never needs it. */
  option(): Promise<OptionBuilder<K>>;
  /** A sentence for screen readers, generated from the data (table.ts). */
  describe(spec: SpecOf<K>): string;
  /** The data as a table, for the data-table view and exports (table.ts). */
  table(spec: SpecOf<K>): DataTable;
  /** Its PowerPoint form (pptx.ts), loaded when asked for: the export's code stays out of the deck's first load. */
  native(): Promise<NativeForm<K>>;
}
