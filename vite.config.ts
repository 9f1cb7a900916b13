import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { deckFonts } from './scripts/fonts/plugin.ts';
import { deck } from './slides/index.ts';
import { parseSpeech } from './src/model/speech.ts';
import { assertValidDeck } from './src/model/validate.ts';

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

export default defineConfig({
  // Relative asset paths: the same dist/ works at any URL path and from disk.
  base: './',
  plugins: [validateDeck(), deckFonts()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    reportCompressedSize: false,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
