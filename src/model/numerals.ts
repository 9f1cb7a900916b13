/**
 * Chinese numerals as a speech writes them: part headings (一、… 十九、…) and
 * small counts (三年). The one table of numeral characters in the engine.
 */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** The largest number written as a numeral; larger ones stay in digits. */
export const MAX_NUMERAL = 99;

/** 0 → 零, 7 → 七, 10 → 十, 19 → 十九, 23 → 二十三; `null` outside 0…99 or for a non-integer. */
export function chineseNumeral(n: number): string | null {
  if (!Number.isInteger(n) || n < 0 || n > MAX_NUMERAL) return null;
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  // 十一, not 一十一: the form a heading uses.
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** The characters a numeral may hold (for patterns). */
export const NUMERAL_CHARS = `${DIGITS.join('')}十`;

/** The number a numeral writes, or `null` unless it is exactly the form chineseNumeral gives (so 一十 or 十十 are no numerals). */
export function parseChineseNumeral(text: string): number | null {
  for (let n = 0; n <= MAX_NUMERAL; n++) if (chineseNumeral(n) === text) return n;
  return null;
}
