/**
 * The chart-type registry: one line per chart type, each type one folder
 * (spec, ECharts option, text alternative and data table, PowerPoint form).
 * The map is exhaustive: a ChartSpec type without its module fails the typecheck.
 * A type's PowerPoint form is loaded only when an export asks for it (nativeChart).
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

export function buildOption(spec: ChartSpec, opts: BuildOptions): ChartOption {
  return moduleFor(spec).option(spec, opts);
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

export type { BuildOptions, ChartTypeModule, DataTable, NativeForm } from './module.ts';
