/**
 * A dev reload (Vite HMR, `npm run dev`): an edit runs main.ts again in the
 * same page, which takes the running deck down first (features, charts,
 * reveal.js) and boots it again, so nothing is left twice.
 */
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openDeck } from './helpers.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
let server: ViteDevServer;
let browser: Browser;

beforeAll(async () => {
  server = await createServer({ root, logLevel: 'error', server: { port: 0 } });
  await server.listen();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a dev reload (Vite HMR)', () => {
  it('takes the running deck down before booting it again, in the same page', async () => {
    const { page, context, errors } = await openDeck(browser, server.resolvedUrls!.local[0]);
    try {
      // What the deck adds to the page: one of each, however often it has booted.
      const added = () =>
        page.evaluate(() => ({
          overlays: document.querySelectorAll('.deck-overlay').length,
          toc: document.querySelectorAll('.deck-overlay-toc').length,
          progress: document.querySelectorAll('.reveal .progress').length,
          slideNumber: document.querySelectorAll('.reveal .slide-number').length,
          slides: document.querySelectorAll('.reveal .slides > section').length,
        }));
      const before = await added();
      expect(before.toc).toBe(1);
      await page.evaluate(() => ((window as unknown as { firstDeck: unknown }).firstDeck = window.Reveal));

      // As if src/features/toc.ts had been edited: the update reaches main.ts, which accepts it.
      const toc = await server.moduleGraph.getModuleByUrl('/src/features/toc.ts');
      expect(toc).toBeDefined();
      await server.reloadModule(toc!);
      // The same page (a full reload would lose `firstDeck`), with a new deck that is ready.
      await page.waitForFunction(
        () => {
          const first = (window as unknown as { firstDeck?: unknown }).firstDeck;
          return !!first && !!window.Reveal && window.Reveal !== first && window.Reveal.isReady();
        },
        undefined,
        { timeout: 60_000 },
      );
      expect(await added()).toEqual(before);

      // The new deck answers the keys, once.
      await page.keyboard.press('m');
      await expect.poll(() => page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('.deck-overlay-toc')).map((o) => o.hidden))).toEqual([false]);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.evaluate(() => document.querySelector<HTMLElement>('.deck-overlay-toc')!.hidden)).toBe(true);
      await page.keyboard.press('End');
      await expect.poll(() => page.evaluate(() => window.Reveal!.getIndices().h)).toBe(before.slides - 1);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
