import { describe, expect, it } from 'vitest';
import { deck } from '../../slides/index.ts';
import { speech } from '../../slides/source/index.ts';
import { notesFor } from '../../src/model/notes.ts';
import { partHeading, partName, partNumeral, shownModel, slideCaption, slideTitle, sourceLabel } from '../../src/model/shown.ts';
import { parseSpeech } from '../../src/model/speech.ts';
import { defineDeck, type Slide } from '../../src/model/types.ts';

const NAME = '某某区';
const named = shownModel({ ...deck, settings: { ...deck.settings, districtName: NAME } }, speech);

describe('parts as shown', () => {
  it('numbers the parts with their numerals and names the others', () => {
    expect(speech.parts.map(partNumeral)).toEqual([null, '一', '二', '三', '四', '五', '六', null]);
    expect(partHeading('s3', speech)).toBe('三、理清思路，科学确立跨越发展的宏伟目标');
    expect(partHeading('open', speech)).toBe('开场');
    expect(partName('close', speech)).toBe('结束语');
    expect(partNumeral('s19')).toBe('十九');
  });

  it('cites a part past 十 by its numeral', () => {
    const text = ['摘要...', '同志们：', ...Array.from({ length: 11 }, (_, i) => `${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'][i]}、题${i + 1}\n1、条。`)].join('\n');
    expect(sourceLabel(['s11.i1'], parseSpeech(text))).toBe('讲话第十一部分第1条');
  });
});

describe('slide titles and captions', () => {
  const divider = deck.sections[1].slides[0];
  it('calls a divider by its heading (title) or its name (caption)', () => {
    expect(divider.kind).toBe('section');
    expect(slideTitle(divider, speech)).toBe(`一、${speech.partTitles.s1}`);
    expect(slideCaption(divider, speech)).toBe(speech.partTitles.s1);
  });

  it('falls back to the id for a title, to nothing for a caption, when a quote has no lines', () => {
    const quote: Slide = { kind: 'quote', id: 'q', source: ['open.1'], lines: [] };
    expect(slideTitle(quote, speech)).toBe('q');
    expect(slideCaption(quote, speech)).toBe('');
  });
});

describe('dividers derived from the part', () => {
  it('opens each numbered part with its divider, and only those', () => {
    const d = defineDeck(deck.settings, [
      { part: 'open', slides: [] },
      { part: 's9', slides: [] },
    ]);
    expect(d.sections[0].slides).toEqual([]);
    expect(d.sections[1].slides).toEqual([{ kind: 'section', id: 'part-9', part: 's9', source: ['s9.h'] }]);
  });
});

describe('the shown model', () => {
  it('puts the district name in every slide string and the settings', () => {
    const masked = JSON.stringify(deck.sections.flatMap((s) => s.slides));
    expect(masked).toContain('**');
    const text = JSON.stringify(named.slides);
    expect(text).not.toContain('**');
    expect(text).toContain(NAME);
    expect(named.deck.settings.description).toContain(NAME);
    expect(named.slides.map((s) => s.id)).toEqual(deck.sections.flatMap((s) => s.slides.map((x) => x.id)));
  });

  it('leaves the notes verbatim', () => {
    expect(named.speech.paragraphs).toBe(speech.paragraphs);
    const cover = named.slides[0];
    expect(notesFor(cover, named.speech).map((p) => p.text).join('')).toContain('**');
  });

  it('is the source as it is while no name is set', () => {
    const plain = shownModel(deck, speech);
    expect(plain.deck).toBe(deck);
    expect(plain.speech.partTitles).toEqual(speech.partTitles);
  });
});
