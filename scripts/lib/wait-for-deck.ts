/**
 * Waiting for a deck page in a browser driven by playwright (tests, export,
 * screenshots): the readiness contract of src/readiness-contract.ts, read
 * from the page. Kept out of src/ because it needs playwright's types.
 */
import type { Frame, Page } from 'playwright-core';
import { CHARTS_READY, DECK_ERROR_SELECTOR, DECK_READY } from '../../src/readiness-contract.ts';

export interface WaitForDeckOptions {
  /** Also wait until every chart has drawn (data-charts-ready). */
  readonly charts?: boolean;
  /** Also wait for `window.Reveal` (default); the speaker view has none. */
  readonly reveal?: boolean;
  /** Stop at a start-up failure (.deck-error) and throw its message instead of timing out. */
  readonly failFast?: boolean;
  /** For each wait, in ms; playwright's default when absent. */
  readonly timeout?: number;
}

export async function waitForDeck(page: Page | Frame, opts: WaitForDeckOptions = {}): Promise<void> {
  const { reveal = true, failFast = false, timeout } = opts;
  await page.waitForFunction(
    ([attr, needReveal, errorSelector]) =>
      (document.documentElement.getAttribute(attr) === 'true' && (!needReveal || !!window.Reveal)) || (errorSelector !== null && document.querySelector(errorSelector) !== null),
    [DECK_READY, reveal, failFast ? DECK_ERROR_SELECTOR : null] as const,
    { timeout },
  );
  if (failFast) {
    const fatal = await page.$eval(DECK_ERROR_SELECTOR, (el) => el.textContent ?? '').catch(() => '');
    if (fatal) throw new Error(fatal);
  }
  if (opts.charts) await waitForCharts(page, { timeout });
}

/** Waits until every chart on the page has drawn its final frame. */
export async function waitForCharts(page: Page | Frame, opts: { readonly timeout?: number } = {}): Promise<void> {
  await page.waitForFunction((attr) => document.documentElement.getAttribute(attr) === 'true', CHARTS_READY, { timeout: opts.timeout });
}

/** Waits until the page's finite CSS animations and transitions (reveal's slide fade, fragments) have ended. */
export async function waitForAnimations(page: Page | Frame): Promise<void> {
  await page.evaluate(() => Promise.all(document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity).map((a) => a.finished.catch(() => undefined))).then(() => undefined));
}
