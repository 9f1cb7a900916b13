import type { ChartOption } from '../registry.ts';
import type { ChartSpec, ChartType } from '../specs.ts';
import { dayShare } from './day-share.ts';
import type { BuildOptions, ChartBuilder, DataTable } from './types.ts';

type BuilderMap = { [K in ChartType]: ChartBuilder<Extract<ChartSpec, { type: K }>> };

const notBuilt = (type: string): ChartBuilder<never> => {
  const fail = (): never => {
    throw new Error(`图表类型 ${type} 尚未实现 / chart type ${type} has no builder yet`);
  };
  return { option: fail, describe: fail, table: fail };
};

/** Exhaustive: adding a ChartSpec type without a builder fails the typecheck. */
const builders: BuilderMap = {
  dayShare,
  forecast: notBuilt('forecast'),
  doubling: notBuilt('doubling'),
  roadmap: notBuilt('roadmap'),
  honours: notBuilt('honours'),
  planCounts: notBuilt('planCounts'),
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
