import { describe, expect, it } from 'vitest';
import { titlePhrases } from '../../src/render/phrases.ts';
import { deckSlides } from '../../src/model/types.ts';
import { deck } from '../../slides/index.ts';

describe('title phrases', () => {
  it('keeps 荣誉称号 whole: the line breaks before the bracket', () => {
    expect(titlePhrases('荣获的各级先进和荣誉称号（按级别计数）')).toEqual([
      { text: '荣获的各级先进和荣誉称号', keep: true },
      { text: '（按级别计数）', keep: true },
    ]);
  });

  it('breaks after 、 and ，, punctuation staying with the phrase before it', () => {
    expect(titlePhrases('十大重点基础工程、十大产业项目、十件民生实事').map((p) => p.text)).toEqual(['十大重点基础工程、', '十大产业项目、', '十件民生实事']);
    expect(titlePhrases('今后3至5年，是**区发展的黄金机遇期').map((p) => p.text)).toEqual(['今后3至5年，', '是**区发展的黄金机遇期']);
  });

  it('leaves a title without punctuation, and phrases too long for a phone line, free to break', () => {
    expect(titlePhrases('提升城市管理水平')).toEqual([{ text: '提升城市管理水平', keep: false }]);
    expect(titlePhrases('甲、一二三四五六七八九十一二三四')[1].keep).toBe(false);
  });

  it('never changes the words of any slide title', () => {
    for (const s of deckSlides(deck)) {
      if (!('title' in s) || typeof s.title !== 'string') continue;
      expect(titlePhrases(s.title).map((p) => p.text).join('')).toBe(s.title);
    }
  });
});
