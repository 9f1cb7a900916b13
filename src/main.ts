/**
 * Boot: validate the typed deck against the speech, render it, start
 * reveal.js and the feature controllers, then expose `window.Reveal`.
 */
import 'reveal.js/reveal.css';
import './theme/deck.css';
import Reveal from 'reveal.js';
// `@deck` is slides/ (or the folder DECK_DIR names at build time: vite.config.ts).
import { deck } from '@deck/index.ts';
import { speech } from '@deck/source/index.ts';
import { destroyDeck, type DeckApp } from './app.ts';
import { ChartController, PRESENTING, STILL } from './charts/lifecycle.ts';
import type { ChartSpec } from './charts/types/specs.ts';
import { features } from './features/index.ts';
import { KeyMap } from './features/keymap.ts';
import { Overlays } from './features/overlay.ts';
import { startSpeakerView } from './features/speaker/window.ts';
import { viewMode } from './features/view-mode.ts';
import { shownModel } from './model/shown.ts';
import { assertValidDeck } from './model/validate.ts';
import { renderDeck } from './render/index.ts';
import { markDeckReady } from './readiness-contract.ts';
import type { RevealApi } from './reveal-api.ts';
import { revealConfig } from './reveal-config.ts';
import { installThemeCss } from './theme/css.ts';
import { loadSlideFonts, slideForHash } from './theme/fonts.ts';

function showFatal(error: unknown): void {
  const box = document.createElement('div');
  box.className = 'deck-error';
  box.setAttribute('role', 'alert');
  const title = document.createElement('h1');
  title.textContent = '幻灯片无法加载 / The deck could not start';
  const detail = document.createElement('pre');
  detail.textContent = error instanceof Error ? error.message : String(error);
  box.append(title, detail);
  document.body.append(box);
  console.error(error);
}

/** Boots the deck; resolves to the way to take it down again. */
async function boot(): Promise<() => void> {
  installThemeCss();
  assertValidDeck(deck, speech);
  const shown = shownModel(deck, speech);
  const root = document.querySelector<HTMLElement>('.reveal');
  const container = root?.querySelector('.slides');
  if (!root || !container) throw new Error('页面缺少 .reveal .slides / index.html lacks .reveal .slides');
  container.replaceChildren(...renderDeck(shown));
  // The glyphs of the slide the address opens (the cover, or a deep link), before it is shown.
  const first = slideForHash(Array.from(container.children), location.hash);
  const fonts = first ? loadSlideFonts(first) : Promise.resolve(false);

  const reveal = new Reveal(root, revealConfig({ preview: viewMode === 'preview' })) as unknown as RevealApi;
  const specs = new Map<string, ChartSpec>();
  // The shown specs: the district name in drawn chart text too.
  for (const s of shown.slides) if (s.kind === 'chart') specs.set(s.id, s.chart);
  const charts = new ChartController(reveal, specs, document, viewMode === 'preview' ? STILL : PRESENTING);
  const app: DeckApp = { reveal, ...shown, charts, keys: new KeyMap(), overlays: new Overlays(), settingsFile: __DECK_SETTINGS_FILE__ };
  charts.bind();
  for (const f of features) f.bind?.(app);
  await fonts;
  await reveal.initialize();
  for (const f of features) f.ready?.(app);
  charts.update();
  window.Reveal = reveal;
  markDeckReady();
  // The benchmark measures navigation → this mark.
  performance.mark('deck-ready');
  return () => destroyDeck(app, features);
}

// `?speaker` is the speaker view: the same page, without a deck of its own (and without a teardown).
let teardown: (() => void) | null = null;
(viewMode === 'speaker' ? startSpeakerView(shownModel(deck, speech), __DECK_SETTINGS_FILE__).then(() => null) : boot()).then((t) => (teardown = t), showFatal);

// Dev only (Vite HMR): an edit runs this module again, which boots again; the running deck is taken
// down first so no listener stacks. The speaker view, or a deck not (yet) booted, reloads instead.
if (import.meta.hot) {
  import.meta.hot.accept();
  import.meta.hot.dispose(() => (teardown ? teardown() : location.reload()));
}
