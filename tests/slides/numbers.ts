/**
 * The numbers check: every number a slide shows must appear, in the same
 * form, in the speech paragraphs the slide cites.
 *
 * - Arabic numbers: the digit run, with the character right after it when
 *   that is a CJK unit or "%" ("310天", "12个", "500亿"), must occur in the
 *   cited text as a whole number (not inside a longer one: "31" ≠ "310").
 * - Chinese numerals: each run of numeral characters together with the
 *   character after it ("十大", "三年", "连续五年" → "五年", "千亿",
 *   "半壁") must occur in the cited text; a run at the end of a string is
 *   checked with the character before it ("为零").
 * Derived figures are exempt here and must say how they are derived.
 */

export const CHINESE_NUMERALS = '〇零一二两三四五六七八九十百千万亿半双';
const CN_RUN = new RegExp(`[${CHINESE_NUMERALS}]+`, 'gu');
const AR_RUN = /\d+(?:\.\d+)?/gu;
const CJK_OR_PERCENT = /[\p{Script=Han}%％]/u;

export interface NumberToken {
  /** The number as written on the slide. */
  readonly number: string;
  /** What must occur in the source. */
  readonly needle: string;
  readonly arabic: boolean;
}

export function numberTokens(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  for (const m of text.matchAll(AR_RUN)) {
    const next = text[m.index + m[0].length] ?? '';
    out.push({ number: m[0], needle: CJK_OR_PERCENT.test(next) ? m[0] + next : m[0], arabic: true });
  }
  for (const m of text.matchAll(CN_RUN)) {
    const end = m.index + m[0].length;
    const next = text[end];
    const prev = text[m.index - 1];
    let needle = m[0];
    if (next && !/\s/u.test(next)) needle = m[0] + next;
    else if (prev && !/\s/u.test(prev)) needle = prev + m[0];
    out.push({ number: m[0], needle, arabic: false });
  }
  return out;
}

/** True when `needle` occurs in `source`, and, for Arabic numbers, not as part of a longer number. */
export function occursIn(token: NumberToken, source: string): boolean {
  if (!token.arabic) return source.includes(token.needle);
  const esc = token.needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\d.])${esc}${/\d$/.test(token.needle) ? '(?![\\d.])' : ''}`, 'u').test(source);
}

/** Numbers in `text` that the cited source does not contain. */
export function untracedNumbers(text: string, source: string): NumberToken[] {
  return numberTokens(text).filter((t) => !occursIn(t, source));
}
