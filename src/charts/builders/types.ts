import type { ChartOption } from '../registry.ts';
import type { ChartSpec } from '../specs.ts';

export interface BuildOptions {
  /** Off in print and under prefers-reduced-motion. */
  readonly animation: boolean;
  /** Narrow containers (phones): fewer, larger labels. */
  readonly compact?: boolean;
  /** The container's width in design pixels, for labels that must wrap to fit; a 1680px slide body if unknown. */
  readonly width?: number;
}

export interface DataTable {
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** Everything the deck needs from one chart type; all functions are pure. */
export interface ChartBuilder<S extends ChartSpec> {
  option(spec: S, opts: BuildOptions): ChartOption;
  /** A sentence for screen readers, generated from the data. */
  describe(spec: S): string;
  /** The data as a table, for the data-table view and exports. */
  table(spec: S): DataTable;
}
