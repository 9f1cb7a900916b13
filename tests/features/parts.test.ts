import { describe, expect, it } from 'vitest';
import { deck } from '../../slides/index.ts';
import { speech } from '../../slides/source/index.ts';
import { partAt, partsOf } from '../../src/features/parts.ts';
import { deckSlides } from '../../src/model/types.ts';

describe('the parts of the speech for the chrome and the 目录', () => {
  const parts = partsOf(deck, speech);
  const slides = deckSlides(deck);

  it('has the six numbered parts with the speech\'s own titles, in order', () => {
    const numbered = parts.filter((p) => p.numeral);
    expect(numbered.map((p) => p.numeral)).toEqual(['一', '二', '三', '四', '五', '六']);
    for (const p of numbered) {
      expect(speech.paragraphs.find((x) => x.id === `${p.part}.h`)?.text).toBe(`${p.numeral}、${p.title}`);
      expect(p.title.startsWith(p.short)).toBe(true);
    }
  });

  it('points each part at its first slide and covers every slide once', () => {
    let next = 0;
    for (const p of parts) {
      expect(p.first).toBe(next);
      expect(slides[p.first].id).toBe(p.firstId);
      next += p.slides;
    }
    expect(next).toBe(slides.length);
    expect(partAt(parts, slides.length)).toBeNull();
    const last = parts[parts.length - 1];
    expect(partAt(parts, slides.length - 1)).toEqual({ info: last, indexInPart: last.slides - 1 });
  });
});
