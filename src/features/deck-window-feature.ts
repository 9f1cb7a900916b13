/**
 * Most features live in the deck window only, not in the speaker view or its
 * preview frames. This makes one: `bind` and `ready` run there alone, and
 * whatever they record in the feature's one Cleanup, `destroy` undoes.
 */
import type { DeckApp, DeckFeature } from '../app.ts';
import { Cleanup } from './cleanup.ts';
import { viewMode } from './view-mode.ts';

export interface DeckWindowSteps {
  bind?(app: DeckApp, cleanup: Cleanup): void;
  ready?(app: DeckApp, cleanup: Cleanup): void;
}

export function deckWindowFeature(name: string, steps: DeckWindowSteps): DeckFeature {
  const cleanup = new Cleanup();
  return {
    name,
    bind(app) {
      if (viewMode === 'deck') steps.bind?.(app, cleanup);
    },
    ready(app) {
      if (viewMode === 'deck') steps.ready?.(app, cleanup);
    },
    destroy() {
      cleanup.run();
    },
  };
}
