/**
 * The readiness contract between the page and whoever waits for it (browser
 * tests, the export, the benchmark, screenshots): two attributes on <html>.
 * Not the pre-meeting check (model/readiness.ts).
 * - data-deck-ready="true": the deck (or the speaker view) has started;
 *   for the deck, `window.Reveal` is set.
 * - data-charts-ready="true": every chart that exists has drawn its final
 *   frame (charts/lifecycle.ts keeps it up to date as slides change).
 * A page that fails to start shows `.deck-error` instead (main.ts).
 */
export const DECK_READY = 'data-deck-ready';
export const CHARTS_READY = 'data-charts-ready';
export const DECK_ERROR_SELECTOR = '.deck-error';

export function markDeckReady(doc: Document = document): void {
  doc.documentElement.setAttribute(DECK_READY, 'true');
}

/** Set by the chart controller whenever it knows whether every existing chart is drawn. */
export function markChartsReady(ready: boolean, doc: Document = document): void {
  doc.documentElement.setAttribute(CHARTS_READY, String(ready));
}

export function isChartsReady(doc: Document = document): boolean {
  return doc.documentElement.getAttribute(CHARTS_READY) === 'true';
}

/** Runs `fn` once the charts are ready (now, if they are); the observer is returned so a feature can stop waiting. */
export function whenChartsReady(fn: () => void, doc: Document = document): MutationObserver {
  const mo = new MutationObserver(() => {
    if (!isChartsReady(doc)) return;
    mo.disconnect();
    fn();
  });
  if (isChartsReady(doc)) fn();
  else mo.observe(doc.documentElement, { attributes: true, attributeFilter: [CHARTS_READY] });
  return mo;
}
