/**
 * Chinese has no spaces, so a browser may break a title (or a card's line) inside a word
 * ("荣获的各级先进和荣 / 誉称号"). Titles are cut into phrases at their
 * punctuation (after ，、：；。！？ and before an opening bracket); a phrase
 * short enough to fit a line on every screen is kept whole, so lines break
 * between phrases. Longer phrases may still break anywhere.
 */

/** Widest phrase kept whole, in em: fits a title line on a phone (about 13 characters). */
export const KEEP_MAX_EM = 12;

function em(s: string): number {
  let n = 0;
  for (const ch of s) n += ch.charCodeAt(0) < 0x2000 ? 0.6 : 1;
  return n;
}

/** Widest phrase kept whole in a card's list item (narrow cards on the 4:3 canvas hold about 11 characters; the layout test checks). */
export const KEEP_MAX_EM_CARD = 10;

export function titlePhrases(title: string, maxEm = KEEP_MAX_EM): { text: string; keep: boolean }[] {
  const pieces = title
    .split(/(?<=[，、：；。！？])/)
    .flatMap((p) => p.split(/(?<=[^，、：；。！？（“])(?=（)/))
    .filter(Boolean);
  // A single phrase needs no marking: the balanced wrap already splits it evenly.
  if (pieces.length < 2) return [{ text: title, keep: false }];
  return pieces.map((text) => ({ text, keep: em(text) <= maxEm }));
}
