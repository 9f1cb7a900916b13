/**
 * The font pipeline, for the Vite plugin and for exporters (PDF, PPTX):
 *   DECK_FACES        families, weights, source font files and licences
 *   collectCharset()  the characters the deck uses
 *   subsetFace()      one face cut to some characters, woff2 or TrueType
 *   buildDeckFonts()  the web font files of the build
 * A build also writes assets/fonts/fonts.json listing the files it made.
 */
export { BASE_CHARS, collectCharset, unicodeRange, type DeckCharset } from './charset.ts';
export { DECK_FACES, FONT_LICENSES, type DeckFace } from './faces.ts';
export { buildDeckFonts, fontFaceCss, subsetFace, type BuiltFontFile, type FontFormat } from './subset.ts';
export { FONT_FAMILY } from '../../src/theme/fonts.ts';
