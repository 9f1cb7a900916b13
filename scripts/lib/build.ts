import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The folder of the deck to build and export: its index.ts (the slides), source/index.ts
 * and source/speech.txt. `slides/` unless DECK_DIR names another (a test fixture deck).
 */
export function deckDirOf(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(projectRoot, env['DECK_DIR'] || 'slides');
}

/** The deck's settings module as its hints name it: from the project root, with "/" (e.g. slides/settings.ts). */
export function deckSettingsFile(deckDir: string = deckDirOf()): string {
  return relative(projectRoot, join(deckDir, 'settings.ts')).split(sep).join('/');
}

/**
 * Builds the deck into a fresh temp folder, so parallel runs never share a dist/.
 * `deckDir` builds another deck folder (as DECK_DIR does; vite.config.ts reads it).
 */
export async function buildToTemp(prefix = 'deck-build-', deckDir?: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), prefix));
  await withBuildEnv(deckDir ? { DECK_DIR: deckDir } : {}, () => build({ root: projectRoot, logLevel: 'warn', build: { outDir, emptyOutDir: true } }));
  return outDir;
}

/** Builds the single offline file (`vite build --mode single`) into a fresh temp folder; returns the path of deck.html. */
export async function buildSingleToTemp(prefix = 'deck-single-'): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), prefix));
  await withBuildEnv({}, () => build({ root: projectRoot, mode: 'single', logLevel: 'warn', build: { outDir, emptyOutDir: true } }));
  return join(outDir, 'deck.html');
}

/**
 * Runs a build with these variables set, and NODE_ENV=production: what `npm run build` ships.
 * Test runners set NODE_ENV=test, which would keep libraries' development checks in the bundle
 * (ECharts: about 7 KiB), so the size budgets would measure a build nobody ships.
 */
async function withBuildEnv<T>(vars: Record<string, string>, run: () => Promise<T>): Promise<T> {
  const all: Record<string, string> = { NODE_ENV: 'production', ...vars };
  const before = Object.fromEntries(Object.keys(all).map((k) => [k, process.env[k]]));
  Object.assign(process.env, all);
  try {
    return await run();
  } finally {
    for (const [k, v] of Object.entries(before)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
