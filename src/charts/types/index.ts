/**
 * The chart-type registry: one line per chart type, each type one folder
 * (spec, ECharts option, text alternative and data table, PowerPoint form).
 * The map is exhaustive: a ChartSpec type without its module fails the typecheck.
 * A type's drawing is loaded with the chart engine (loadBuilders), its PowerPoint form only
 * when an export asks for it (nativeChart): neither is in the deck's first load.
 */
import type { NativeChart } from '../../export/pptx/native.ts';
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

/** Builds any chart's option; made by loadBuilders. */
export type BuildChart = (spec: ChartSpec, opts: BuildOptions) => ChartOption;

/**
 * Loads every chart type's drawing code (with the chart engine, never in the first load)
 * and returns the one function that builds any chart's option.
 */
export async function loadBuilders(): Promise<BuildChart> {
  const types = Object.keys(chartTypes) as ChartType[];
  const builders = new Map(await Promise.all(types.map(async (t) => [t, await chartTypes[t].option()] as const)));
  // Sound by the map's type: the builder loaded for spec.type takes exactly that spec.
  return (spec, opts) => (builders.get(spec.type) as unknown as (s: ChartSpec, o: BuildOptions) => ChartOption)(spec, opts);
}

export function describeChart(spec: ChartSpec): string {
  return moduleFor(spec).describe(spec);
}

export function chartTable(spec: ChartSpec): DataTable {
  return moduleFor(spec).table(spec);
}

/** The native PowerPoint form of a chart, or undefined when there is no faithful one (the slide becomes a picture). */
export async function nativeChart(spec: ChartSpec): Promise<NativeChart | undefined> {
  // Only the speech's figures: derived values stay in the deck's data table and the notes.
  const form = await moduleFor(spec).native();
  return form(spec);
}

export type { BuildOptions, ChartTypeModule, DataTable, NativeForm, OptionBuilder } from './module.ts';
