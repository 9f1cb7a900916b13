/**
 * One export session: a build (existing or fresh in a temp folder), a static
 * server on 127.0.0.1, and the system Chromium. Everything is torn down in
 * close(), also after a failure.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { BrowserNotFoundError, findBrowser, launchBrowser } from '../lib/browser.ts';
import { buildToTemp } from '../lib/build.ts';
import { serveStatic, type StaticServer } from '../lib/serve.ts';
import { waitForDeck } from '../lib/wait-for-deck.ts';
import { ExportError, msg } from './messages.ts';
import type { Progress } from './progress.ts';

export interface Session {
  readonly url: string;
  readonly dir: string;
  readonly browser: Browser;
  /** Opens the deck with the given query (e.g. `?print-pdf`), waits for it and its charts and fonts. */
  openDeck(query: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** Fails early, before any build, when no browser is installed. */
export function requireBrowser(env: NodeJS.ProcessEnv = process.env): string {
  // A browser named explicitly but missing is a mistake to report, not to paper over with another browser.
  for (const name of ['CHROME_PATH', 'BROWSER_PATH']) {
    const path = env[name];
    if (path && !existsSync(path)) throw new ExportError(msg.browserMissing(name, path));
  }
  try {
    return findBrowser();
  } catch (e) {
    if (e instanceof BrowserNotFoundError) throw new ExportError(e.message);
    throw e;
  }
}

export async function openSession(dirArg: string | undefined, log: Progress): Promise<Session> {
  requireBrowser();
  let dir: string;
  let built = false;
  if (dirArg) {
    dir = resolve(dirArg);
    if (!existsSync(join(dir, 'index.html'))) throw new ExportError(msg.noBuild(dir));
  } else {
    log.log('构建幻灯片… / Building the deck…');
    // Also on Ctrl-C mid-build (atomic.ts exits the process): never leave the temp build behind.
    const prefix = `deck-export-${process.pid}-`;
    process.once('exit', () => {
      for (const d of readdirSync(tmpdir())) if (d.startsWith(prefix)) rmSync(join(tmpdir(), d), { recursive: true, force: true });
    });
    try {
      dir = await buildToTemp(prefix);
    } catch (e) {
      throw new ExportError(msg.buildFailed((e as Error).message));
    }
    built = true;
  }
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const close = async (): Promise<void> => {
    await browser?.close().catch(() => {});
    await server?.close().catch(() => {});
    if (built) rmSync(dir, { recursive: true, force: true });
  };
  try {
    server = await serveStatic(dir);
  } catch (e) {
    await close();
    throw e;
  }
  try {
    browser = await launchBrowser();
  } catch (e) {
    await close();
    throw new ExportError(msg.browserFailed((e as Error).message.split('\n')[0]));
  }
  const url = server.url;
  const b = browser;
  return {
    url,
    dir,
    browser: b,
    close,
    async openDeck(query, viewport = { width: 1920, height: 1080 }) {
      const page = await b.newPage({ viewport, deviceScaleFactor: 1, reducedMotion: 'reduce' });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      // The deck must not reach for any other host; an export would silently differ if it did.
      await page.route(/^(?!http:\/\/127\.0\.0\.1[:/]|data:|blob:)/, (r) => r.abort());
      await page.goto(`${url}index.html${query}`);
      try {
        await waitForDeck(page, { failFast: true, charts: true, timeout: 60_000 });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
      } catch (e) {
        throw new ExportError(msg.deckFailed([(e as Error).message, ...errors].join('; ')));
      }
      return page;
    },
  };
}
