/**
 * The chart specs the deck actually shows, taken from the slide modules (one
 * copy of the data, so builder tests can never drift from the slides).
 * The tests assert the speech's numbers against them literally.
 */
import { deck } from '../../slides/index.ts';
import type { ChartSpec, ChartType, DoublingSpec, ForecastSpec, HonoursSpec, PlanCountsSpec, RoadmapSpec } from '../../src/charts/types/specs.ts';
import { deckSlides } from '../../src/model/types.ts';

function deckSpec<T extends ChartType>(type: T): Extract<ChartSpec, { type: T }> {
  const found = deckSlides(deck).flatMap((s) => (s.kind === 'chart' && s.chart.type === type ? [s.chart] : []));
  if (found.length !== 1) throw new Error(`expected one ${type} chart in the deck, found ${found.length}`);
  return found[0] as Extract<ChartSpec, { type: T }>;
}

export const forecastSpec: ForecastSpec = deckSpec('forecast');
export const doublingSpec: DoublingSpec = deckSpec('doubling');
export const roadmapSpec: RoadmapSpec = deckSpec('roadmap');
export const honoursSpec: HonoursSpec = deckSpec('honours');
export const planSpec: PlanCountsSpec = deckSpec('planCounts');
