/**
 * Phone reading: below 435 px reveal.js turns the deck into its scroll view;
 * phone.css makes that a readable article (natural heights, phone type, all
 * fragments shown). reveal still thinks every page is one screen tall, so
 * its own "scroll to slide" lands in the wrong place: a deep link
 * (#/slide-id) is honoured here by scrolling the slide itself into view.
 */

/** The address as opened: reveal rewrites the hash while it starts the scroll view. */
let openedHash = '';
import './phone.css';
import type { DeckApp, DeckFeature } from '../app.ts';
import type { Overlays } from './overlay.ts';
import { Cleanup } from './cleanup.ts';
import { viewMode } from './view-mode.ts';

function slideFromHash(hash: string): HTMLElement | null {
  const id = decodeURIComponent(hash.replace(/^#\/?/, '').split('/')[0] ?? '');
  if (!id || /^\d+$/.test(id)) return null;
  const el = document.getElementById(id);
  return el?.tagName === 'SECTION' ? el : null;
}

/** Live mode: scrolls the reading layout to a slide, smoothly unless the reader prefers reduced motion. */
export function scrollToSlide(id: string): void {
  const slide = document.getElementById(id);
  if (slide?.tagName !== 'SECTION') return;
  const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  (slide.closest('.scroll-page') ?? slide).scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
}

function scrollToHash(app: DeckApp, hash = location.hash): void {
  if (!app.reveal.isScrollView()) return;
  const slide = slideFromHash(hash);
  (slide?.closest('.scroll-page') ?? slide)?.scrollIntoView({ block: 'start' });
}

/** Width of the stage charts are drawn on in the reading layout (see phone.css). */
const CHART_STAGE = 540;

/** Scales the chart stage to the reading column's width. */
function fitCharts(app: DeckApp): void {
  const viewport = app.reveal.getViewportElement?.() ?? document.body;
  if (!app.reveal.isScrollView()) {
    viewport.style.removeProperty('--phone-chart-scale');
    return;
  }
  const row = document.querySelector<HTMLElement>('.reveal .chart-row');
  if (!row) return;
  const scale = Math.min(1, row.clientWidth / CHART_STAGE);
  viewport.style.setProperty('--phone-chart-scale', scale.toFixed(4));
}

/**
 * A phone has no keys: a slim bar under the article (phone.css shortens the
 * scrolling page by its height, so it never lies over slide text) opens the
 * 目录 and the export menu. Hidden outside the reading layout, so presenting
 * on a wide screen shows nothing new.
 */
function readerBar(overlays: Overlays): HTMLElement {
  const bar = document.createElement('nav');
  bar.className = 'phone-bar';
  bar.setAttribute('aria-label', '阅读工具');
  const button = (cls: string, label: string, run: () => void): HTMLButtonElement => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = `phone-bar-button ${cls}`;
    b.textContent = label;
    b.addEventListener('click', run);
    return b;
  };
  bar.append(
    button('phone-bar-toc', '目录', () => overlays.get('toc')?.open()),
    button('phone-bar-export', '导出', () => overlays.get('export')?.open()),
  );
  return bar;
}

const cleanup = new Cleanup();

export const phone: DeckFeature = {
  name: 'phone',
  bind(app: DeckApp) {
    openedHash = location.hash;
    cleanup.on(app.reveal, 'resize', () => fitCharts(app));
    cleanup.on(app.reveal, 'ready', () => fitCharts(app));
  },
  ready(app: DeckApp) {
    const viewport = app.reveal.getViewportElement?.() ?? document.body;
    if (viewMode === 'deck' && !app.reveal.isPrintView()) viewport.append(cleanup.element(readerBar(app.overlays)));
    fitCharts(app);
    // reveal has no event for entering or leaving the scroll view (turning the phone): watch its class.
    cleanup.observer(new MutationObserver(() => fitCharts(app))).observe(viewport, { attributes: true, attributeFilter: ['class'] });
    // After reveal has laid out its pages (and after fonts changed their heights).
    requestAnimationFrame(() => scrollToHash(app, openedHash));
    void document.fonts?.ready.then(() => scrollToHash(app, openedHash));
    // reveal answers the hash first (its listener is older), then this corrects the position.
    cleanup.listen(window, 'hashchange', () => scrollToHash(app));
  },
  destroy() {
    cleanup.run();
  },
};
