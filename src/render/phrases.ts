/**
 * Chinese has no spaces, so a browser may break a title inside a word
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

export function titlePhrases(title: string): { text: string; keep: boolean }[] {
  const pieces = title
    .split(/(?<=[，、：；。！？])/)
    .flatMap((p) => p.split(/(?<=[^，、：；。！？（“])(?=（)/))
    .filter(Boolean);
  // A single phrase needs no marking: the balanced wrap already splits it evenly.
  if (pieces.length < 2) return [{ text: title, keep: false }];
  return pieces.map((text) => ({ text, keep: em(text) <= KEEP_MAX_EM }));
}
