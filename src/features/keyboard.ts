/**
 * Our keys, seen before reveal.js's own keyboard (capture phase): blank
 * screen and "next key restores", the help and 目录 overlays, S, W, M, F/F5.
 * Everything else (→ ← Space PageUp/Down Home End G O Esc) stays with
 * reveal.js, which already does it well.
 */
import type { DeckApp, DeckFeature } from '../app.ts';
import { blank } from './blackout.ts';
import { helpOverlay } from './help.ts';
import { isModifierOnly, ownActionFor, type OwnAction } from './keys.ts';
import { Overlay } from './overlay.ts';
import { speakerHost } from './speaker/host.ts';
import { tocKey, tocOverlay } from './toc.ts';
import { viewMode } from './view-mode.ts';

const NAV_KEYS = new Set(['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', ' ', 'Home', 'End']);

function typing(): boolean {
  const el = document.activeElement as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(input|textarea|select)$/i.test(el.tagName));
}

function swallow(e: KeyboardEvent): void {
  e.preventDefault();
  e.stopImmediatePropagation();
}

function perform(action: OwnAction): void {
  switch (action) {
    case 'black':
    case 'white':
      blank.toggle(action);
      break;
    case 'help':
      tocOverlay.close();
      helpOverlay.toggle();
      break;
    case 'toc':
      helpOverlay.close();
      tocOverlay.toggle();
      break;
    case 'speaker':
      speakerHost.open();
      break;
    case 'fullscreen':
      // A toggle: the clicker's start button sends F5 to begin and again to end.
      if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
      else document.documentElement.requestFullscreen?.().catch(() => {});
      break;
  }
}

function onKey(e: KeyboardEvent, app: DeckApp): void {
  if (e.defaultPrevented || isModifierOnly(e) || typing()) return;
  // A blank screen comes back on the next key, whatever it is, and nothing else happens.
  if (blank.current()) {
    swallow(e);
    if (!e.repeat) blank.restore();
    return;
  }
  // In full screen, Esc means "leave full screen", not "overview" as well.
  if (e.key === 'Escape' && document.fullscreenElement && Overlay.openOnes().length === 0) {
    swallow(e);
    document.exitFullscreen().catch(() => {});
    return;
  }
  const action = ownActionFor(e);
  for (const [overlay, own] of [
    [helpOverlay, 'help'],
    [tocOverlay, 'toc'],
  ] as const) {
    if (!overlay.isOpen()) continue;
    if (e.key === 'Escape' || action === own) {
      swallow(e);
      overlay.close();
      return;
    }
    if (overlay === tocOverlay && tocKey(e)) {
      // Enter and Tab keep their default (press the focused entry, move focus).
      if (e.key === 'Enter' || e.key === 'Tab') e.stopImmediatePropagation();
      else swallow(e);
      return;
    }
    // Any other key (a clicker's next, say) closes the overlay and does its usual job.
    overlay.close();
  }
  // Other features' overlays (export, share) handle their own keys; Esc and the clicker keys close them.
  for (const other of Overlay.openOnes()) {
    if (e.key === 'Escape') {
      swallow(e);
      other.close();
      return;
    }
    if (NAV_KEYS.has(e.key)) other.close();
  }
  if (!action || app.reveal.isPrintView()) return;
  swallow(e);
  if (!e.repeat) perform(action);
}

export const keyboard: DeckFeature = {
  name: 'keyboard',
  ready(app) {
    if (viewMode !== 'deck') return;
    addEventListener('keydown', (e) => onKey(e, app), true);
  },
};
