/** The chart specs the deck's slides actually carry, with their slide ids. */
import type { ChartSpec } from '../../src/charts/types/specs.ts';
import { deckSlides } from '../../src/model/types.ts';
import { deck } from '../../slides/index.ts';

export const chartSlides: { id: string; spec: ChartSpec; hasAside: boolean }[] = deckSlides(deck).flatMap((s) =>
  s.kind === 'chart' ? [{ id: s.id, spec: s.chart, hasAside: !!s.aside?.length }] : [],
);
