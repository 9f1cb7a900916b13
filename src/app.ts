import type { ChartController } from './charts/lifecycle.ts';
import type { Speech } from './model/speech.ts';
import type { Deck, Slide } from './model/types.ts';
import type { RevealApi } from './reveal-api.ts';

/** What the boot sequence hands to each feature controller. */
export interface DeckApp {
  readonly reveal: RevealApi;
  readonly deck: Deck;
  readonly slides: readonly Slide[];
  readonly speech: Speech;
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
