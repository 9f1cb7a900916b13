import { describe, expect, it } from 'vitest';
import { KEEP_MAX_EM_CARD, titlePhrases } from '../../src/render/phrases.ts';
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

describe('card line phrases', () => {
  it('keeps 定政策 and 城市建设 whole in the cards of 紧扣两大战略', () => {
    expect(titlePhrases('作规划、拓空间、定政策、优环境、强服务', KEEP_MAX_EM_CARD).map((p) => p.text)).toEqual(['作规划、', '拓空间、', '定政策、', '优环境、', '强服务']);
    expect(titlePhrases('园区开发、城市建设全面推向市场', KEEP_MAX_EM_CARD)).toEqual([
      { text: '园区开发、', keep: true },
      { text: '城市建设全面推向市场', keep: true },
    ]);
  });
});

describe('lead phrases', () => {
  it('keeps 城乡环保 whole in the lead of 大力提高保障水平', () => {
    expect(titlePhrases('城镇低保、全民社保、城乡环保和就业、就学、就医').filter((p) => p.keep).map((p) => p.text)).toContain('城乡环保和就业、');
  });
});
