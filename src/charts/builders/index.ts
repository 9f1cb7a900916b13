import type { ChartOption } from '../registry.ts';
import type { ChartSpec, ChartType } from '../specs.ts';
import { dayShare } from './day-share.ts';
import { doubling } from './doubling.ts';
import { forecast } from './forecast.ts';
import { honours } from './honours.ts';
import { planCounts } from './plan-counts.ts';
import { roadmap } from './roadmap.ts';
import type { BuildOptions, ChartBuilder, DataTable } from './types.ts';

type BuilderMap = { [K in ChartType]: ChartBuilder<Extract<ChartSpec, { type: K }>> };

/** Exhaustive: adding a ChartSpec type without a builder fails the typecheck. */
const builders: BuilderMap = {
  dayShare,
  forecast,
  doubling,
  roadmap,
  honours,
  planCounts,
};

function builderFor<S extends ChartSpec>(spec: S): ChartBuilder<S> {
  return builders[spec.type] as unknown as ChartBuilder<S>;
}

export function buildOption(spec: ChartSpec, opts: BuildOptions): ChartOption {
  return builderFor(spec).option(spec, opts);
}

export function describeChart(spec: ChartSpec): string {
  return builderFor(spec).describe(spec);
}

export function chartTable(spec: ChartSpec): DataTable {
  return builderFor(spec).table(spec);
}

export type { BuildOptions, DataTable } from './types.ts';
