import { describe, expect, it } from 'vitest';
import { findSlide } from '../../src/features/jump.ts';

const texts = ['全力推进**发展新跨越', '这次会议的主要任务', '全年空气质量良好天数达到310天', '一 认真总结，充分认识跨越发展的良好态势'];

describe('jump to slide (G)', () => {
  it('reads a number as the slide number', () => {
    expect(findSlide('1', texts)).toBe(0);
    expect(findSlide(' 3 ', texts)).toBe(2);
    expect(findSlide('0', texts)).toBeNull();
    expect(findSlide('5', texts)).toBeNull();
  });

  it('finds Chinese text on a slide, ignoring spaces', () => {
    expect(findSlide('空气', texts)).toBe(2);
    expect(findSlide('310天', texts)).toBe(2);
    expect(findSlide('主要 任务', texts)).toBe(1);
    expect(findSlide('认真总结', texts)).toBe(3);
  });

  it('never throws on characters that are special in regular expressions', () => {
    expect(findSlide('((', texts)).toBeNull();
    expect(findSlide('**', texts)).toBe(0);
    expect(findSlide('', texts)).toBeNull();
  });
});
