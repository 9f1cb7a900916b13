/**
 * Deep links: reveal.js keeps `#/slide-id` in step with the deck as it moves
 * (hash: true, ids on every section). It leaves a malformed or unknown hash
 * in place after falling back to a valid slide, though; this rewrites it to
 * the slide actually shown, so the address bar, a reload and a shared link
 * all agree.
 */
import type { DeckFeature } from '../app.ts';
import { viewMode } from './view-mode.ts';

/**
 * The hash that names the slide on screen, or null when `hash` already does.
 * The first slide has no hash, as reveal writes it.
 */
export function canonicalHash(hash: string, slideId: string, first: boolean, fragment?: number): string | null {
  const want = first && fragment === undefined ? '' : `#/${slideId}${fragment !== undefined && fragment >= 0 ? `/${fragment}` : ''}`;
  const [name = '', f] = hash.replace(/^#\/?/, '').split('/');
  let decoded: string;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    return want; // malformed escapes: certainly not our slide
  }
  if (hash === '' || hash === '#' || hash === '#/') return first ? null : want;
  if (decoded === slideId && (f === undefined || f === String(fragment ?? ''))) return null;
  return want;
}

export const deepLink: DeckFeature = {
  name: 'deep-link',
  ready({ reveal }) {
    // The phone scroll view honours deep links itself (phone.ts) after reveal has started.
    if (viewMode !== 'deck' || reveal.isPrintView() || reveal.isScrollView() || !reveal.getConfig().hash) return;
    const slide = reveal.getCurrentSlide();
    if (!slide?.id) return;
    const { h, f } = reveal.getIndices();
    const next = canonicalHash(location.hash, slide.id, h === 0, typeof f === 'number' && f >= 0 ? f : undefined);
    if (next === null) return;
    history.replaceState(history.state, '', next || location.pathname + location.search);
  },
};
