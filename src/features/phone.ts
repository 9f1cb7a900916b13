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

function slideFromHash(hash: string): HTMLElement | null {
  const id = decodeURIComponent(hash.replace(/^#\/?/, '').split('/')[0] ?? '');
  if (!id || /^\d+$/.test(id)) return null;
  const el = document.getElementById(id);
  return el?.tagName === 'SECTION' ? el : null;
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

export const phone: DeckFeature = {
  name: 'phone',
  bind(app: DeckApp) {
    openedHash = location.hash;
    app.reveal.on('resize', () => fitCharts(app));
    app.reveal.on('ready', () => fitCharts(app));
  },
  ready(app: DeckApp) {
    fitCharts(app);
    // reveal has no event for entering or leaving the scroll view (turning the phone): watch its class.
    const viewport = app.reveal.getViewportElement?.() ?? document.body;
    new MutationObserver(() => fitCharts(app)).observe(viewport, { attributes: true, attributeFilter: ['class'] });
    // After reveal has laid out its pages (and after fonts changed their heights).
    requestAnimationFrame(() => scrollToHash(app, openedHash));
    void document.fonts?.ready.then(() => scrollToHash(app, openedHash));
    // reveal answers the hash first (its listener is older), then this corrects the position.
    addEventListener('hashchange', () => scrollToHash(app));
  },
};
