/**
 * Font slices ahead of the audience. The fonts come in slices by where their
 * glyphs first appear (src/theme/fonts.ts); boot loads the first slide's, and
 * this fetches the neighbours' whenever the deck moves, so the next slide's
 * glyphs are in before it is shown. A jump further away (G, 目录, a link)
 * waits for its slide's glyphs (jump.ts) or, at worst, shows the text a moment
 * later (font-display: block), never in a fallback face.
 *
 * Then their layout. reveal.js lays out only the slides within its view distance
 * (reveal-config.ts), and a slide that comes into it is laid out inside the slide
 * change's own task. A slide's first layout, which shapes its text in its faces,
 * costs about five times a later one: on a weak laptop, that is the stutter. So a
 * slide about to come into the view distance is laid out once, in idle time, with
 * its glyphs in; when reveal shows it, the layout is cheap.
 *
 * `<html data-slide-fonts="slide-id">` names the shown slide once its glyphs
 * are in ("loading" before): tests read it.
 */
import './slide-fonts.css';
import type { DeckFeature } from '../app.ts';
import { idle } from '../idle.ts';
import { loadSlideFonts } from '../theme/fonts.ts';
import { Cleanup } from './cleanup.ts';
import { viewMode } from './view-mode.ts';

/**
 * Neighbours made ready after the shown slide, nearest first (ahead before behind:
 * decks mostly move forward). Up to one beyond reveal's view distance of 3 behind, two ahead.
 */
const AHEAD = [1, -1, 2, 3, 4, -2, -3, 5, -4];

/** Slides laid out once already: their text is shaped, a later layout is cheap. */
const laidOut = new WeakSet<HTMLElement>();

/**
 * Lays a slide that reveal keeps out of the layout (display: none) out once, and puts it
 * back before anything is drawn: nothing shows, and its shaped text stays in the cache.
 */
function layOutOnce(slide: HTMLElement): void {
  if (laidOut.has(slide)) return;
  laidOut.add(slide);
  if (slide.style.display !== 'none') return;
  slide.style.display = 'block';
  void slide.offsetHeight;
  slide.style.display = 'none';
}

const cleanup = new Cleanup();

export const slideFonts: DeckFeature = {
  name: 'slide-fonts',
  ready({ reveal }) {
    if (viewMode === 'speaker' || reveal.isPrintView()) return;
    const root = document.documentElement;
    let destroyed = false;
    cleanup.add(() => (destroyed = true));
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
          // The deck moved on: the next change starts over from there.
          if (reveal.getCurrentSlide() !== current || destroyed) return;
          const next = slides[at + d];
          if (!next) continue;
          await loadSlideFonts(next);
          if (!laidOut.has(next) && !reveal.isScrollView()) {
            await idle(1000);
            if (!destroyed) layOutOnce(next);
          }
        }
      });
    };
    // The shown slide's glyphs are normally in already (fetched as a neighbour): check after the change.
    cleanup.after(reveal, ['slidechanged'], update);
    update();
  },
  destroy() {
    cleanup.run();
  },
};
