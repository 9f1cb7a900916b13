import type { ChartController } from './charts/lifecycle.ts';
import type { KeyMap } from './features/keymap.ts';
import type { Overlays } from './features/overlay.ts';
import type { ShownModel } from './model/shown.ts';
import type { RevealApi } from './reveal-api.ts';

/** What the boot sequence hands to each feature controller: the deck as shown (model/shown.ts), reveal and the charts. */
export interface DeckApp extends ShownModel {
  readonly reveal: RevealApi;
  readonly charts: ChartController;
  /** The key table and its one listener: features attach their actions here (keys.ts). */
  readonly keys: KeyMap;
  /** The open-one-at-a-time overlays (help, 目录, export, share), by id. */
  readonly overlays: Overlays;
  /** The deck's settings module, from the project root, for hints that name it (e.g. slides/settings.ts). */
  readonly settingsFile: string;
}

/**
 * One feature per concern (speaker view, help, print, share…), with a
 * lifecycle like reveal.js's own controllers. `bind` runs before
 * Reveal.initialize() so no early event is missed, and makes the feature's
 * elements; `ready` runs after it. `destroy` undoes both: listeners, reveal
 * events, key actions and elements, so the feature can be bound again.
 */
export interface DeckFeature {
  readonly name: string;
  bind?(app: DeckApp): void;
  ready?(app: DeckApp): void;
  destroy?(): void;
}

/** Takes a booted deck down, the reverse of boot: the features (last bound first), then the charts and reveal.js. */
export function destroyDeck(app: Pick<DeckApp, 'charts' | 'reveal'>, features: readonly DeckFeature[]): void {
  for (const f of [...features].reverse()) f.destroy?.();
  app.charts.destroy();
  app.reveal.destroy();
}
