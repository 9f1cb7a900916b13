import type { DeckFeature } from '../app.ts';
import { designSize } from '../reveal-config.ts';
import { Cleanup } from './cleanup.ts';

const cleanup = new Cleanup();

/**
 * Keeps the design canvas matched to the screen's shape: switching a laptop
 * to a 4:3 projector re-lays the slides at 1440×1080 instead of letterboxing.
 * `<html data-aspect>` lets the CSS tighten layouts for the narrow canvas.
 */
export const aspect: DeckFeature = {
  name: 'aspect',
  bind({ reveal }) {
    const apply = () => {
      if (reveal.isPrintView()) return;
      const size = designSize(innerWidth, innerHeight);
      document.documentElement.dataset.aspect = size.aspect;
      const config = reveal.getConfig();
      if (config.width !== size.width || config.height !== size.height) reveal.configure({ width: size.width, height: size.height });
    };
    document.documentElement.dataset.aspect = designSize(innerWidth, innerHeight, /print-pdf/i.test(location.search)).aspect;
    cleanup.listen(window, 'resize', apply);
  },
  destroy() {
    cleanup.run();
  },
};
