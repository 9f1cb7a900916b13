/**
 * The chart-type registry: one line per chart type, each type one folder
 * (spec, ECharts option, text alternative and data table, PowerPoint form).
 * The map is exhaustive: a ChartSpec type without its module fails the typecheck.
 * The PowerPoint forms have their own exhaustive map (./native.ts), loaded only by the export.
 */
import type { ChartOption } from '../registry.ts';
import { dayShare } from './day-share/index.ts';
import { doubling } from './doubling/index.ts';
import { forecast } from './forecast/index.ts';
import { honours } from './honours/index.ts';
import type { BuildOptions, ChartTypeModule, DataTable } from './module.ts';
import { planCounts } from './plan-counts/index.ts';
import { roadmap } from './roadmap/index.ts';
import type { ChartSpec, ChartType } from './specs.ts';

const chartTypes: { readonly [K in ChartType]: ChartTypeModule<K> } = {
  dayShare,
  forecast,
  doubling,
  roadmap,
  honours,
  planCounts,
};

function moduleFor<S extends ChartSpec>(spec: S): ChartTypeModule<S['type']> {
  // Sound by the map's type: the entry for spec.type takes exactly that spec.
  return chartTypes[spec.type] as unknown as ChartTypeModule<S['type']>;
}

export function buildOption(spec: ChartSpec, opts: BuildOptions): ChartOption {
  return moduleFor(spec).option(spec, opts);
}

export function describeChart(spec: ChartSpec): string {
  return moduleFor(spec).describe(spec);
}

export function chartTable(spec: ChartSpec): DataTable {
  return moduleFor(spec).table(spec);
}

export type { BuildOptions, ChartTypeModule, DataTable } from './module.ts';
