import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { deckFonts } from './scripts/fonts/plugin.ts';
import { deckPack } from './scripts/share/pack.ts';
import { deckShare } from './scripts/share/plugin.ts';
import { deck } from './slides/index.ts';
import { parseSpeech } from './src/model/speech.ts';
import { assertValidDeck } from './src/model/validate.ts';
import { withDistrictNameIn } from './src/render/district.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Fails the build, naming the slide, when the deck does not match the speech. */
function validateDeck(): Plugin {
  return {
    name: 'deck:validate',
    buildStart() {
      const speech = parseSpeech(readFileSync(`${root}slides/source/speech.txt`, 'utf8'));
      assertValidDeck(deck, speech);
    },
  };
}

/**
 * `vite build` → dist/ (relative paths: any URL path, any static server).
 * `vite build --mode single` → dist-single/deck.html, everything inlined, opens from disk.
 */
export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  // VITE_SHARE_URL (environment or .env) sets the share link without editing slides/settings.ts.
  const shareUrl = loadEnv(mode, root, 'VITE_')['VITE_SHARE_URL'] || deck.settings.shareUrl;
  return {
    // Relative asset paths: the same dist/ works at any URL path and from disk.
    base: './',
    plugins: [
      validateDeck(),
      deckFonts({ inline: single }),
      // The single file: everything inlined, then script and styles stored gzip-compressed (pack.ts).
      ...(single ? [viteSingleFile({ removeViteModuleLoader: true }), deckPack()] : []),
      // Last: it hashes the final inline script for the CSP and names the single file.
      // Link previews show the district name like the slides do, once it is set.
      deckShare({ settings: { ...withDistrictNameIn(deck.settings, deck.settings.districtName), shareUrl }, single }),
    ],
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
