import { describe, expect, it } from 'vitest';
import { canonicalHash } from '../../src/features/deep-link.ts';

describe('the hash names the slide on screen', () => {
  it('leaves a hash that already names it', () => {
    expect(canonicalHash('#/part-3', 'part-3', false)).toBeNull();
    expect(canonicalHash('#/results-areas/2', 'results-areas', false, 2)).toBeNull();
    expect(canonicalHash('', 'cover', true)).toBeNull();
    expect(canonicalHash('#/', 'cover', true)).toBeNull();
  });

  it('rewrites unknown, numeric, out-of-range and malformed hashes to the slide shown', () => {
    expect(canonicalHash('#/no-such-slide', 'cover', true)).toBe('');
    expect(canonicalHash('#/9999', 'closing', false)).toBe('#/closing');
    expect(canonicalHash('#/5', 'results-2024', false)).toBe('#/results-2024');
    expect(canonicalHash('#/%E0%A4%A', 'cover', true)).toBe('');
    expect(canonicalHash('#/part-2/99', 'part-2', false)).toBe('#/part-2');
    expect(canonicalHash('#/results-areas/abc', 'results-areas', false, 1)).toBe('#/results-areas/1');
  });
});
