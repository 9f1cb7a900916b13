/**
 * The chart types' PowerPoint forms (each type's pptx.ts), one line per type. Exhaustive like
 * ./index.ts, and separate from it so the deck's first load carries none of the export's code.
 */
import type { NativeChart } from '../../export/pptx/native.ts';
import { dayShareNative } from './day-share/pptx.ts';
import { doublingNative } from './doubling/pptx.ts';
import { forecastNative } from './forecast/pptx.ts';
import { honoursNative } from './honours/pptx.ts';
import { planCountsNative } from './plan-counts/pptx.ts';
import { roadmapNative } from './roadmap/pptx.ts';
import type { ChartSpec, ChartType, SpecOf } from './specs.ts';

type NativeForm<K extends ChartType> = (spec: SpecOf<K>) => NativeChart | undefined;

const natives: { readonly [K in ChartType]: NativeForm<K> } = {
  dayShare: dayShareNative,
  forecast: forecastNative,
  doubling: doublingNative,
  roadmap: roadmapNative,
  honours: honoursNative,
  planCounts: planCountsNative,
};

/** The native PowerPoint form of a chart, or undefined when there is no faithful one (the slide becomes a picture). */
export function nativeChart(spec: ChartSpec): NativeChart | undefined {
  // Only the speech's figures: derived values stay in the deck's data table and the notes.
  // Sound by the map's type: the entry for spec.type takes exactly that spec.
  return (natives[spec.type] as NativeForm<ChartType>)(spec);
}
