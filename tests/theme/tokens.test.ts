import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/theme/contrast.ts';
import { tokensToCss } from '../../src/theme/css.ts';
import { echartsTheme } from '../../src/theme/echarts-theme.ts';
import { tokens } from '../../src/theme/tokens.ts';

const c = tokens.color;

describe('theme tokens', () => {
  it('meet WCAG AA for the text pairs the deck uses', () => {
    expect(contrastRatio(c.ink, c.paper)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(c.inkSoft, c.paper)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(c.red, c.paper)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(c.white, c.red)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(c.goldText, c.paper)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(c.goldText, c.white)).toBeGreaterThanOrEqual(4.5);
    // Large text only (numerals, gold on red titles): AA large is 3:1.
    expect(contrastRatio(c.goldOnRed, c.red)).toBeGreaterThanOrEqual(3);
  });

  it('keep type readable from the back of the room', () => {
    expect(tokens.size.body).toBeGreaterThanOrEqual(28);
    expect(tokens.size.small).toBeGreaterThanOrEqual(28);
    expect(tokens.size.title).toBeGreaterThanOrEqual(56);
    expect(tokens.size.lineHeight).toBeGreaterThanOrEqual(1.5);
  });

  it('generate one CSS custom property per token', () => {
    const css = tokensToCss();
    expect(css).toContain(`--color-red: ${c.red};`);
    expect(css).toContain(`--size-body: ${tokens.size.body}px;`);
    expect(css).toContain(`--size-line-height: ${tokens.size.lineHeight};`);
    const count = Object.keys(c).length + Object.keys(tokens.font).length + Object.keys(tokens.size).length + Object.keys(tokens.space).length + 1;
    expect(css.match(/--[a-z-]+:/g)).toHaveLength(count);
  });

  it('feed the ECharts theme from the same palette', () => {
    expect(echartsTheme.color[0]).toBe(c.red);
    expect(echartsTheme.textStyle.fontFamily).toBe(tokens.font.sans);
  });
});
