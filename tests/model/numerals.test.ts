import { describe, expect, it } from 'vitest';
import { chineseNumeral, MAX_NUMERAL, parseChineseNumeral } from '../../src/model/numerals.ts';

describe('Chinese numerals', () => {
  it('writes numbers as a speech numbers its parts', () => {
    expect([0, 1, 6, 9, 10, 11, 19, 20, 23, 99].map(chineseNumeral)).toEqual(['零', '一', '六', '九', '十', '十一', '十九', '二十', '二十三', '九十九']);
  });

  it('has no numeral outside 0…99 or for fractions', () => {
    expect(chineseNumeral(-1)).toBeNull();
    expect(chineseNumeral(MAX_NUMERAL + 1)).toBeNull();
    expect(chineseNumeral(1.5)).toBeNull();
  });

  it('reads back exactly the numerals it writes', () => {
    for (let n = 0; n <= MAX_NUMERAL; n++) expect(parseChineseNumeral(chineseNumeral(n)!)).toBe(n);
    expect(parseChineseNumeral('一十')).toBeNull();
    expect(parseChineseNumeral('十十')).toBeNull();
    expect(parseChineseNumeral('甲')).toBeNull();
  });
});
