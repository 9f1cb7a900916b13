import type { RevealConfig } from 'reveal.js';
import { tokens } from './theme/tokens.ts';

export interface DesignSize {
  readonly width: number;
  readonly height: number;
  readonly aspect: '16x9' | '4x3';
}

/**
 * The design canvas for a screen: 1920×1080 for wide screens, 1440×1080 for
 * 4:3 projectors, so a 1024×768 projector is filled instead of letterboxed.
 * Print always uses 16:9, the size of the exported pages.
 */
export function designSize(screenWidth: number, screenHeight: number, print = false): DesignSize {
  const wide = print || screenHeight <= 0 || screenWidth / screenHeight >= 1.55;
  return wide
    ? { width: tokens.size.slideWidth, height: tokens.size.slideHeight, aspect: '16x9' }
    : { width: tokens.size.slideWidthNarrow, height: tokens.size.slideHeight, aspect: '4x3' };
}

export interface RevealConfigOptions {
  readonly size?: DesignSize;
  /** A speaker-view preview frame (the caller knows the page's role: features/view-mode.ts). */
  readonly preview?: boolean;
}

/** reveal.js settings for the design canvas, scaled to any screen. */
export function revealConfig(options: RevealConfigOptions = {}): RevealConfig {
  const size = options.size ?? designSize(innerWidth, innerHeight, /print-pdf/i.test(location.search));
  const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  return {
    width: size.width,
    height: size.height,
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
    ...(options.preview ? previewConfig : {}),
  };
}

/** Speaker-view previews (`?preview`): a still slide, moved only by messages; no keys, hash, chrome or motion. */
const previewConfig: RevealConfig = {
  hash: false,
  respondToHashChanges: false,
  fragmentInURL: false,
  keyboard: false,
  touch: false,
  mouseWheel: false,
  overview: false,
  jumpToSlide: false,
  progress: false,
  slideNumber: false,
  transition: 'none',
  backgroundTransition: 'none',
  // Moved by jumps, never by a neighbour: lay out only the slide it shows and the next.
  viewDistance: 1,
  // A small frame must not turn into the phone scroll view.
  scrollActivationWidth: 0,
};
