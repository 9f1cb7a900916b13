import type { RevealConfig } from 'reveal.js';
import { tokens } from './theme/tokens.ts';

/** reveal.js settings: a 16:9 design canvas, scaled to any screen. */
export function revealConfig(): RevealConfig {
  const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  return {
    width: tokens.size.slideWidth,
    height: tokens.size.slideHeight,
    margin: 0.04,
    minScale: 0.1,
    maxScale: 3,
    center: false,
    hash: true,
    respondToHashChanges: true,
    history: false,
    controls: false,
    progress: true,
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    transition: reduced ? 'none' : tokens.motion.transition,
    backgroundTransition: reduced ? 'none' : 'fade',
    transitionSpeed: 'default',
    navigationMode: 'linear',
    showNotes: false,
    pdfSeparateFragments: false,
    pdfMaxPagesPerSlide: 1,
    help: false,
    jumpToSlide: true,
    viewDistance: 3,
  };
}
