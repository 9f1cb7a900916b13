/**
 * reveal.js 6.0.2's shipped types miss runtime methods that exist, and
 * declare one that does not. We augment them here instead of casting.
 */
import type { RevealApi as ShippedApi } from 'reveal.js';

export type RevealApi = Omit<ShippedApi, 'isPrintingPDF'> & {
  isPrintView(): boolean;
  isScrollView(): boolean;
  toggleScrollView(override?: boolean): void;
  toggleJumpToSlide(override?: boolean): void;
};

export interface RevealEvent extends Event {
  readonly indexh?: number;
  readonly indexv?: number;
  readonly currentSlide?: HTMLElement;
  readonly previousSlide?: HTMLElement;
}

declare global {
  interface Window {
    /** The deck, exposed for tools such as decktape and the tests, once it is ready. */
    Reveal?: RevealApi;
  }
}
