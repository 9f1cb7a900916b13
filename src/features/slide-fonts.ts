/**
 * Font slices ahead of the audience. The fonts come in slices by where their
 * glyphs first appear (src/theme/fonts.ts); boot loads the first slide's, and
 * this fetches the neighbours' whenever the deck moves, so the next slide's
 * glyphs are in before it is shown. A jump further away (G, 目录, a link)
 * waits for its slide's glyphs (jump.ts) or, at worst, shows the text a moment
 * later (font-display: block), never in a fallback face.
 *
 * `<html data-slide-fonts="slide-id">` names the shown slide once its glyphs
 * are in ("loading" before): tests read it.
 */
import './slide-fonts.css';
import type { DeckFeature } from '../app.ts';
import { loadSlideFonts } from '../theme/fonts.ts';
import { Cleanup } from './cleanup.ts';
import { viewMode } from './view-mode.ts';

/** Neighbours fetched after the shown slide, nearest first (ahead before behind: decks mostly move forward). */
const AHEAD = [1, -1, 2];

const cleanup = new Cleanup();

export const slideFonts: DeckFeature = {
  name: 'slide-fonts',
  ready({ reveal }) {
    if (viewMode === 'speaker' || reveal.isPrintView()) return;
    const root = document.documentElement;
    const update = () => {
      const slides = reveal.getSlides();
      const current = reveal.getCurrentSlide();
      if (!current) return;
      const at = slides.indexOf(current);
      root.dataset.slideFonts = 'loading';
      void loadSlideFonts(current).then(async () => {
        if (reveal.getCurrentSlide() === current) root.dataset.slideFonts = current.id;
        // One neighbour at a time: the shown slide and the nearest ones come first on a slow network.
        for (const d of AHEAD) {
          const next = slides[at + d];
          if (next) await loadSlideFonts(next);
        }
      });
    };
    cleanup.on(reveal, 'slidechanged', update);
    update();
  },
  destroy() {
    cleanup.run();
  },
};
