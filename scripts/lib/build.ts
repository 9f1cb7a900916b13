import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Builds the deck into a fresh temp folder, so parallel runs never share a dist/. */
export async function buildToTemp(prefix = 'deck-build-'): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), prefix));
  await build({ root: projectRoot, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return outDir;
}

/** Builds the single offline file (`vite build --mode single`) into a fresh temp folder; returns the path of deck.html. */
export async function buildSingleToTemp(prefix = 'deck-single-'): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), prefix));
  await build({ root: projectRoot, mode: 'single', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return join(outDir, 'deck.html');
}
