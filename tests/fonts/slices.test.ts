import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planFaceSlices, type FacePlanInput } from '../../scripts/fonts/slices.ts';

const set = (s: string) => new Set([...s]);

function check(input: FacePlanInput): void {
  const plan = planFaceSlices(input);
  const seen = new Map<string, string>();
  for (const slice of plan.slices) {
    expect(slice.chars.length, `${slice.name} is not empty`).toBeGreaterThan(0);
    for (const c of slice.chars) {
      // Disjoint: a character in two slices would be fetched twice and matched by either.
      expect(seen.get(c), `「${c}」 in ${slice.name}`).toBeUndefined();
      seen.set(c, slice.name);
    }
  }
  // Complete: every character of every slide, the interface and the rest.
  const every = new Set([...input.all, ...input.ui, ...input.slides.flatMap((s) => [...s])]);
  expect(new Set(seen.keys())).toEqual(every);
  // Each slide's plan names every slice holding its characters, and only those.
  input.slides.forEach((chars, i) => {
    const names = plan.bySlide[i].map((n) => plan.slices[n].name);
    expect(new Set(names)).toEqual(new Set([...chars].map((c) => seen.get(c))));
  });
}

describe('font slices by first appearance', () => {
  it('puts the cover alone in slice 0, then closes a slice once it has minChars new characters', () => {
    const plan = planFaceSlices({ slides: [set('封面'), set('一二'), set('三四'), set('一五')], ui: set('帮助一'), all: set('封面一二三四五帮助注释'), minChars: 4 });
    expect(plan.slices.map((s) => [s.name, s.kind, s.chars.join('')])).toEqual([
      ['s0', 'slides', '封面'],
      ['s1', 'slides', '一三二四'],
      ['s2', 'slides', '五'],
      ['ui', 'ui', '助帮'],
      ['rest', 'rest', '注释'],
    ]);
    expect(plan.bySlide).toEqual([[0], [1], [1], [1, 2]]);
  });

  it('is complete and disjoint for any deck', () => {
    const chars = fc.string({ unit: fc.constantFrom(...'一二三四五六七八九十百千万abc'), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(chars, { minLength: 1, maxLength: 8 }), chars, chars, fc.integer({ min: 1, max: 6 }), (slides, ui, rest, minChars) => {
        check({ slides: slides.map(set), ui: set(ui), all: set(rest + slides.join('')), minChars });
      }),
    );
  });

});
