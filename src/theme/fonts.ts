/**
 * The deck's bundled web fonts, as the page sees them. The @font-face rules
 * themselves are generated at build time by scripts/fonts/plugin.ts (subset
 * to the characters the deck uses); this module only names the families and
 * waits for them, so that canvas charts never draw with a fallback font.
 */
import { tokens } from './tokens.ts';

const firstFamily = (stack: string): string => stack.split(',')[0].trim().replace(/^["']|["']$/g, '');

/** "Deck Serif SC" (titles) and "Deck Sans SC" (body), taken from the tokens. */
export const FONT_FAMILY = {
  serif: firstFamily(tokens.font.serif),
  sans: firstFamily(tokens.font.sans),
} as const;

/** The weights that have a real face; other weights map onto these. */
export const FONT_FACES = [
  { family: FONT_FAMILY.sans, weight: 400 },
  { family: FONT_FAMILY.sans, weight: 700 },
  { family: FONT_FAMILY.serif, weight: 700 },
] as const;

/**
 * Loads the slide faces (not the notes-only slices, which load when notes are
 * shown) and resolves when they are ready, or after `timeoutMs` so a broken
 * font can never stop the deck from starting. Resolves to true when loaded.
 */
export async function loadDeckFonts(doc: Document = document, timeoutMs = 4000): Promise<boolean> {
  const fonts = doc.fonts;
  if (!fonts || typeof fonts.load !== 'function') return false;
  // "A" lies only in the slide slice of each face, so only that slice is fetched.
  const loads = FONT_FACES.map((f) => fonts.load(`${f.weight} 32px "${f.family}"`, 'A'));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<boolean>((ok) => {
    timer = setTimeout(() => ok(false), timeoutMs);
  });
  try {
    return await Promise.race([Promise.all(loads).then((sets) => sets.every((s) => s.length > 0)), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
