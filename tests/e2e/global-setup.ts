/**
 * Builds the deck once into a temp folder and serves it on 127.0.0.1 for
 * every browser test. A missing browser fails here, loudly, never a skip.
 */
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { findBrowser } from '../../scripts/lib/browser.ts';
import { buildToTemp } from '../../scripts/lib/build.ts';
import { serveStatic } from '../../scripts/lib/serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    deckUrl: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  findBrowser(); // throws BrowserNotFoundError with install advice
  const dir = await buildToTemp('deck-e2e-');
  const server = await serveStatic(dir);
  project.provide('deckUrl', server.url);
  project.provide('distDir', dir);
  return async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  };
}
