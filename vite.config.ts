import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, runnerImport, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { deckFonts } from './scripts/fonts/plugin.ts';
import { deckDirOf, deckSettingsFile } from './scripts/lib/build.ts';
import { deckPack } from './scripts/share/pack.ts';
import { deckShare } from './scripts/share/plugin.ts';
import { shownModel } from './src/model/shown.ts';
import { parseSpeech, type Speech } from './src/model/speech.ts';
import type { Deck } from './src/model/types.ts';
import { assertValidDeck } from './src/model/validate.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Fails the build, naming the slide, when the deck does not match the speech. */
function validateDeck(deck: Deck, speech: Speech): Plugin {
  return {
    name: 'deck:validate',
    buildStart() {
      assertValidDeck(deck, speech);
    },
  };
}

/**
 * `vite build` → dist/ (relative paths: any URL path, any static server).
 * `vite build --mode single` → dist-single/deck.html, everything inlined, opens from disk.
 * DECK_DIR=path builds another deck folder (index.ts, source/speech.txt) with the same engine:
 * the app imports it as `@deck/…`.
 */
export default defineConfig(async ({ mode }) => {
  const single = mode === 'single';
  const deckDir = deckDirOf();
  // Loaded like the app loads it (TypeScript, any folder), so the config never names one particular deck.
  const { deck } = (await runnerImport<{ deck: Deck }>(join(deckDir, 'index.ts'), { root, logLevel: 'warn' })).module;
  const speech = parseSpeech(readFileSync(join(deckDir, 'source/speech.txt'), 'utf8'));
  // VITE_SHARE_URL (environment or .env) sets the share link without editing slides/settings.ts.
  const shareUrl = loadEnv(mode, root, 'VITE_')['VITE_SHARE_URL'] || deck.settings.shareUrl;
  return {
    // Relative asset paths: the same dist/ works at any URL path and from disk.
    base: './',
    plugins: [
      validateDeck(deck, speech),
      deckFonts({ inline: single, deck: { deck, dir: deckDir } }),
      // The single file: everything inlined, then script and styles stored gzip-compressed (pack.ts).
      ...(single ? [viteSingleFile({ removeViteModuleLoader: true }), deckPack()] : []),
      // Last: it hashes the final inline script for the CSP and names the single file.
      // Link previews show the district name like the slides do, once it is set.
      deckShare({ settings: { ...shownModel(deck, speech).deck.settings, shareUrl }, single }),
    ],
    resolve: { alias: [{ find: /^@deck\//, replacement: `${deckDir}/` }] },
    // Where the presenter settles the pre-meeting check, for the hints the page shows (main.ts).
    define: { __DECK_SETTINGS_FILE__: JSON.stringify(deckSettingsFile(deckDir)) },
    build: {
      target: 'es2022',
      outDir: single ? 'dist-single' : 'dist',
      emptyOutDir: true,
      reportCompressedSize: false,
      ...(single ? { assetsInlineLimit: () => true, chunkSizeWarningLimit: 100_000 } : {}),
    },
    server: { host: '127.0.0.1' },
    preview: { host: '127.0.0.1' },
  };
});
