/**
 * `?preview`: the deck as a still picture inside the speaker view. It shows
 * whatever slide and fragment its parent asks for; reveal-config.ts turns
 * off its keyboard, hash and chrome. Charts come from the normal lifecycle.
 */
import type { DeckFeature } from '../../app.ts';
import { Cleanup } from '../cleanup.ts';
import { viewMode } from '../view-mode.ts';
import { isMessage, message } from './protocol.ts';

const cleanup = new Cleanup();

export const preview: DeckFeature = {
  name: 'speaker-preview',
  bind({ reveal }) {
    if (viewMode !== 'preview') return;
    document.documentElement.dataset.view = 'preview';
    cleanup.listen(window, 'message', (e) => {
      if (e.source !== parent || !isMessage(e.data) || e.data.kind !== 'show') return;
      const { h, v, f } = e.data;
      reveal.slide(h, v, f);
    });
  },
  ready() {
    if (viewMode !== 'preview' || parent === window) return;
    parent.postMessage(message({ kind: 'preview-ready' }), '*');
  },
  destroy() {
    cleanup.run();
  },
};
