/**
 * Starts the deck's one keyboard listener (keymap.ts, on the table in
 * keys.ts) and does the actions no other feature owns: closing overlays
 * and full screen. Navigation, G, O and Esc's overview stay with reveal.js,
 * which already does them well.
 */
import type { DeckApp } from '../app.ts';
import { deckWindowFeature } from './deck-window-feature.ts';
import { isTyping, modeOf } from './keymap.ts';
import type { Mode } from './keys.ts';

/** The mode keys.ts's bindings are looked up in, from the page as it is now. */
export function deckMode(app: Pick<DeckApp, 'reveal' | 'overlays'>): Mode {
  const r = app.reveal;
  return modeOf({
    typing: isTyping(document.activeElement),
    paused: r.isPaused(),
    overlay: app.overlays.current()?.kind ?? null,
    print: r.isPrintView(),
    scroll: r.isScrollView(),
  });
}

function toggleFullscreen(): void {
  // A toggle: the clicker's start button sends F5 to begin and again to end.
  if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
  else document.documentElement.requestFullscreen?.().catch(() => {});
}

export const keyboard = deckWindowFeature('keyboard', {
  bind({ keys, overlays }, cleanup) {
    const closeCurrent = () => overlays.current()?.close();
    cleanup.add(keys.handle('close-overlay', closeCurrent));
    cleanup.add(keys.handle('dismiss-overlay', closeCurrent));
    cleanup.add(keys.handle('leave-menu', closeCurrent));
    cleanup.add(keys.handle('fullscreen', toggleFullscreen));
    // In full screen, Esc means "leave full screen", not "overview" as well.
    cleanup.add(keys.handle('exit-fullscreen', { applies: () => !!document.fullscreenElement, run: toggleFullscreen }));
  },
  ready(app, cleanup) {
    cleanup.add(app.keys.listen(window, () => deckMode(app)));
  },
});
