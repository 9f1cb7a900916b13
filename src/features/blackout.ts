/**
 * Black (B or .) and white (W) screen. Both use reveal's pause overlay, so
 * reveal's `paused`/`resumed` events and `isPaused()` stay true to what the
 * room sees; `<html data-blank="black|white">` picks the colour. While the
 * screen is blank, the next key only brings the slide back (keys.ts).
 */
import './blackout.css';
import type { RevealApi } from '../reveal-api.ts';
import { deckWindowFeature } from './deck-window-feature.ts';

export type BlankMode = 'black' | 'white';

let reveal: RevealApi | null = null;

function setMode(mode: BlankMode | null): void {
  if (mode) document.documentElement.dataset.blank = mode;
  else delete document.documentElement.dataset.blank;
}

export const blank = {
  current(): BlankMode | null {
    if (!reveal?.isPaused()) return null;
    return document.documentElement.dataset.blank === 'white' ? 'white' : 'black';
  },
  /** Blanks the screen in `mode`; the same key again (or restore) brings the slide back. */
  toggle(mode: BlankMode): void {
    if (!reveal) return;
    if (reveal.isPaused()) {
      reveal.togglePause(false);
      return;
    }
    setMode(mode);
    reveal.togglePause(true);
  },
  restore(): void {
    if (reveal?.isPaused()) reveal.togglePause(false);
  },
};

export const blackout = deckWindowFeature('blackout', {
  bind(app, cleanup) {
    reveal = app.reveal;
    cleanup.add(() => (reveal = null));
    // reveal's own pause keys (V, /, ;) land here without a mode: black.
    cleanup.on(app.reveal, 'paused', () => {
      if (!document.documentElement.dataset.blank) setMode('black');
    });
    cleanup.on(app.reveal, 'resumed', () => setMode(null));
    cleanup.add(app.keys.handle('black', () => blank.toggle('black')));
    cleanup.add(app.keys.handle('white', () => blank.toggle('white')));
    cleanup.add(app.keys.handle('restore', () => blank.restore()));
  },
});
