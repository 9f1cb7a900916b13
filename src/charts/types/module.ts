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

/** Everything the deck and its exports need from one chart type (one folder); all functions are pure. */
export interface ChartTypeModule<K extends ChartType> {
  /** The ECharts option (option.ts). */
  option(spec: SpecOf<K>, opts: BuildOptions): ChartOption;
  /** A sentence for screen readers, generated from the data (table.ts). */
  describe(spec: SpecOf<K>): string;
  /** The data as a table, for the data-table view and exports (table.ts). */
  table(spec: SpecOf<K>): DataTable;
  /** The native PowerPoint chart (pptx.ts), or undefined when there is no faithful one: the slide becomes a picture. */
  native(spec: SpecOf<K>): NativeChart | undefined;
}
