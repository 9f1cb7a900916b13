import { describe, expect, it } from 'vitest';
import { speech } from '../../slides/source/index.ts';
import { deck } from '../../slides/index.ts';
import { assertValidDeck, DeckValidationError, findDeckProblems } from '../../src/model/validate.ts';
import type { Slide } from '../../src/model/types.ts';

const points = (id: string, source: string[]): Slide => ({ kind: 'points', id, title: 't', points: ['p'], source });

describe('deck validation', () => {
  it('accepts the real deck', () => {
    expect(() => assertValidDeck(deck, speech)).not.toThrow();
  });

  it('names the slide that cites an unknown paragraph', () => {
    const problems = findDeckProblems([points('a', ['open.2']), points('b', ['s9.i1'])], speech);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ slideId: 'b', slideIndex: 2 });
    expect(problems[0].message).toContain('s9.i1');
  });

  it('names both places of a duplicate slide id', () => {
    const problems = findDeckProblems([points('same', ['open.2']), points('same', ['open.2'])], speech);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/重复.*1|duplicate/);
    expect(problems[0].slideIndex).toBe(2);
  });

  it('rejects a slide with no source', () => {
    const problems = findDeckProblems([points('lonely', [])], speech);
    expect(problems.map((p) => p.slideId)).toEqual(['lonely']);
  });

  it('rejects ids that cannot go in a URL hash', () => {
    expect(findDeckProblems([points('Bad Id', ['open.2'])], speech)).toHaveLength(1);
  });

  it('throws one error that lists every problem with the slide it belongs to', () => {
    const bad = { settings: deck.settings, checks: deck.checks, sections: [{ part: 'open' as const, slides: [points('x', []), points('y', ['nope'])] }] };
    expect(() => assertValidDeck(bad, speech)).toThrow(DeckValidationError);
    try {
      assertValidDeck(bad, speech);
    } catch (e) {
      expect((e as Error).message).toContain('[x]');
      expect((e as Error).message).toContain('[y]');
    }
  });
});
