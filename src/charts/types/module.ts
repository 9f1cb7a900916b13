import type { ChartOption } from '../registry.ts';
import type { BuildOptions } from '../common.ts';
import type { ChartType, SpecOf } from './specs.ts';

export type { BuildOptions };

export interface DataTable {
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/**
 * What the deck needs from one chart type (one folder); all functions are pure. Its PowerPoint
 * form (pptx.ts) is registered in ./native.ts, so the export's code stays out of the first load.
 */
export interface ChartTypeModule<K extends ChartType> {
  /** The ECharts option (option.ts). */
  option(spec: SpecOf<K>, opts: BuildOptions): ChartOption;
  /** A sentence for screen readers, generated from the data (table.ts). */
  describe(spec: SpecOf<K>): string;
  /** The data as a table, for the data-table view and exports (table.ts). */
  table(spec: SpecOf<K>): DataTable;
}
