import type { ChartController } from './charts/lifecycle.ts';
import type { ShownModel } from './model/shown.ts';
import type { RevealApi } from './reveal-api.ts';

/** What the boot sequence hands to each feature controller: the deck as shown (model/shown.ts), reveal and the charts. */
export interface DeckApp extends ShownModel {
  readonly reveal: RevealApi;
  readonly charts: ChartController;
}

/**
 * One feature per concern (speaker view, help, print, share…). `bind` runs
 * before Reveal.initialize() so no early event is missed; `ready` after it.
 */
export interface DeckFeature {
  readonly name: string;
  bind?(app: DeckApp): void;
  ready?(app: DeckApp): void;
}
