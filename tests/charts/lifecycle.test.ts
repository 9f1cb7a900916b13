// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { farthestBeyond, PRESENTING, STILL } from '../../src/charts/lifecycle.ts';
import { deck } from '../../slides/index.ts';
import { deckSlides } from '../../src/model/types.ts';

describe('farthestBeyond (which kept charts go)', () => {
  it('lets none go while the live charts fit', () => {
    expect(farthestBeyond([['a', 9], ['b', 4]], 6, 8)).toEqual([]);
    expect(farthestBeyond([['a', 9]], 8, 8)).toEqual([]);
  });

  it('lets the farthest go first, as many as are over the limit', () => {
    const far = [['near', 3], ['farthest', 40], ['mid', 12], ['far', 25]] as const;
    expect(farthestBeyond(far, 9, 8)).toEqual(['farthest']);
    expect(farthestBeyond(far, 10, 8)).toEqual(['farthest', 'far']);
    expect(farthestBeyond(far, 11, 8)).toEqual(['farthest', 'far', 'mid']);
  });

  it('never lets more go than are far (near charts stay even over the limit)', () => {
    expect(farthestBeyond([['a', 5]], 12, 8)).toEqual(['a']);
    expect(farthestBeyond([], 12, 8)).toEqual([]);
  });

  it('keeps every chart of this deck once made, presenting and in the previews', () => {
    const charts = deckSlides(deck).filter((s) => s.kind === 'chart').length;
    expect(charts).toBeGreaterThan(0);
    expect(PRESENTING.keep).toBeGreaterThanOrEqual(charts);
    expect(STILL.keep).toBeGreaterThanOrEqual(charts);
    // Made ahead: the next and previous slides' charts, not the whole deck's at the start.
    expect(PRESENTING.near).toBeLessThan(PRESENTING.keep);
  });
});
