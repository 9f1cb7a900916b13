/**
 * Chart data as slide modules declare it: the union of every chart type's
 * spec (each lives in its own folder, with its derived helpers). Specs are
 * pure data taken from the speech; derived values (shares, growth rates,
 * gaps) are never stored, the type's helpers compute them.
 */
import type { DayShareSpec } from './day-share/spec.ts';
import type { DoublingSpec } from './doubling/spec.ts';
import type { ForecastSpec } from './forecast/spec.ts';
import type { HonoursSpec } from './honours/spec.ts';
import type { PlanCountsSpec } from './plan-counts/spec.ts';
import type { RoadmapSpec } from './roadmap/spec.ts';

export type { DayShareSpec, DoublingSpec, ForecastSpec, HonoursSpec, PlanCountsSpec, RoadmapSpec };
export type { ForecastItem } from './forecast/spec.ts';

export type ChartSpec = DayShareSpec | ForecastSpec | DoublingSpec | RoadmapSpec | HonoursSpec | PlanCountsSpec;

export type ChartType = ChartSpec['type'];

/** The spec of one chart type. */
export type SpecOf<K extends ChartType> = Extract<ChartSpec, { type: K }>;
