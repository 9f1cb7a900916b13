/**
 * A DeckApp in a DOM test environment (happy-dom): the real deck rendered
 * into the page, the real key map and overlays, and a small stand-in for
 * reveal.js that keeps the state the features read (current slide, pause,
 * overview, scroll view) and fires its events.
 */
import { deck } from '../../slides/index.ts';
import { speech } from '../../slides/source/index.ts';
import { destroyDeck, type DeckApp, type DeckFeature } from '../../src/app.ts';
import type { ChartController } from '../../src/charts/lifecycle.ts';
import { KeyMap } from '../../src/features/keymap.ts';
import { Overlays } from '../../src/features/overlay.ts';
import { shownModel } from '../../src/model/shown.ts';
import type { RevealApi } from '../../src/reveal-api.ts';
import { renderDeck } from '../../src/render/index.ts';

export interface FakeReveal {
  index: number;
  paused: boolean;
  overview: boolean;
  scroll: boolean;
  print: boolean;
  readonly fired: string[];
  /** What was destroyed, in order: 'charts', 'reveal'. */
  readonly destroyed: string[];
}

export interface TestApp {
  readonly app: DeckApp;
  readonly reveal: FakeReveal;
  /** Presses a key as the browser would: a keydown from the focused element (or body), bubbling. */
  press(key: string, init?: KeyboardEventInit): KeyboardEvent;
  /** Takes the deck down as main.ts does (destroyDeck) and empties the page. */
  destroy(): void;
}

export function startApp(features: readonly DeckFeature[]): TestApp {
  document.body.innerHTML = '<div class="reveal"><div class="slides"></div></div>';
  const root = document.querySelector<HTMLElement>('.reveal')!;
  const model = shownModel(deck, speech);
  root.querySelector('.slides')!.replaceChildren(...renderDeck(model));
  const sections = () => Array.from(root.querySelectorAll<HTMLElement>('.slides > section'));
  const listeners = new Map<string, Set<(e: Event) => void>>();
  const state: FakeReveal = { index: 0, paused: false, overview: false, scroll: false, print: false, fired: [], destroyed: [] };
  const fire = (type: string) => {
    state.fired.push(type);
    for (const fn of listeners.get(type) ?? []) fn(new Event(type));
  };
  const reveal = {
    on: (type: string, fn: (e: Event) => void) => void (listeners.get(type) ?? listeners.set(type, new Set()).get(type)!).add(fn),
    off: (type: string, fn: (e: Event) => void) => void listeners.get(type)?.delete(fn),
    getRevealElement: () => root,
    getViewportElement: () => document.body,
    getSlides: sections,
    getCurrentSlide: () => sections()[state.index],
    getIndices: () => ({ h: state.index, v: 0, f: -1 }),
    getTotalSlides: () => sections().length,
    getConfig: () => ({ hash: true }),
    slide: (h: number) => {
      state.index = h;
      fire('slidechanged');
    },
    isPaused: () => state.paused,
    togglePause: (on?: boolean) => {
      state.paused = on ?? !state.paused;
      fire(state.paused ? 'paused' : 'resumed');
    },
    isOverview: () => state.overview,
    isPrintView: () => state.print,
    isScrollView: () => state.scroll,
    toggleJumpToSlide: () => undefined,
    destroy: () => void state.destroyed.push('reveal'),
  };
  const charts = { bind: () => undefined, update: () => undefined, destroy: () => void state.destroyed.push('charts') } as unknown as ChartController;
  const app: DeckApp = { reveal: reveal as unknown as RevealApi, ...model, charts, keys: new KeyMap(), overlays: new Overlays(), settingsFile: 'slides/settings.ts' };
  for (const f of features) f.bind?.(app);
  for (const f of features) f.ready?.(app);
  return {
    app,
    reveal: state,
    press(key, init = {}) {
      const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
      (document.activeElement ?? document.body).dispatchEvent(e);
      return e;
    },
    destroy() {
      destroyDeck(app, features);
      document.body.innerHTML = '';
    },
  };
}
