import { describe, expect, it } from 'vitest';
import { color } from '../../src/charts/common.ts';
import { drawing, fadeIn, growRight, growUp, hoverBand, rowLabels } from '../../src/charts/draw.ts';
import { drawnItem, tipsOf } from './drawn.ts';

describe('drawing', () => {
  const option = drawing({ animation: true }, [
    { name: 'bars', tips: ['甲', ''], render: (i, { width }) => ({ type: 'rect', shape: { x: i * 10, y: 0, width: width / 2, height: 5 } }) },
    { name: '', tips: [''], silent: true, render: () => ({ type: 'text', style: { text: '题' } }) },
  ]);
  const series = option.series as { type: string; coordinateSystem: string; silent: boolean; z: number }[];

  it('makes each layer a custom series in no coordinate system, later layers on top, decoration silent', () => {
    expect(series.map((s) => [s.type, s.coordinateSystem, s.silent, s.z])).toEqual([
      ['custom', 'none', false, 0],
      ['custom', 'none', true, 1],
    ]);
    expect(option.animation).toBe(true);
    expect(drawing({ animation: false }, []).animation).toBe(false);
  });

  it('gives each item its tip as its name, and lays items out from the chart’s size', () => {
    expect(tipsOf(option)).toEqual([['甲', ''], ['']]);
    expect(drawnItem(option, 0, 1, 400, 300).shape).toEqual({ x: 10, y: 0, width: 200, height: 5 });
  });
});

describe('enter animations', () => {
  const bar = { type: 'rect', shape: { x: 10, y: 20, width: 30, height: 40 }, style: { fill: 'red' } } as const;

  it('grows a bar right from its left edge, or up from its base, keeping its final shape', () => {
    expect(growRight(bar, 100)).toEqual({ ...bar, shape: { ...bar.shape, enterFrom: { width: 0 } }, enterAnimation: { delay: 100 } });
    expect(growUp(bar).shape).toEqual({ ...bar.shape, enterFrom: { y: 60, height: 0 } });
  });

  it('fades in from transparent, keeping its style', () => {
    expect(fadeIn(bar, 50)).toEqual({ ...bar, style: { fill: 'red', enterFrom: { opacity: 0 } }, enterAnimation: { delay: 50 } });
  });
});

describe('row charts', () => {
  it('shades a category’s band only while the pointer is on it', () => {
    const band = hoverBand({ x: 1, y: 2, width: 3, height: 4 }) as { shape: object; style: { opacity: number; fill: string }; emphasis: { style: { opacity: number; fill: string } } };
    expect(band.shape).toEqual({ x: 1, y: 2, width: 3, height: 4 });
    expect(band.style.opacity).toBe(0);
    expect(band.emphasis.style).toEqual({ fill: band.style.fill, opacity: 1 });
  });

  it('sets a row’s name right-aligned before the plot and its list left-aligned after it, both centred on the row', () => {
    type T = { type: string; x: number; y: number; style: { text: string; align: string; fontWeight?: number; fill: string; lineHeight?: number } };
    const only = rowLabels(50, { x: 100, text: '全省', size: 40 }) as T;
    expect([only.type, only.x, only.y, only.style.text, only.style.align, only.style.fontWeight]).toEqual(['text', 100, 50, '全省', 'right', 700]);
    const both = rowLabels(50, { x: 100, text: '全省', size: 40 }, { x: 900, text: '甲、\n乙', size: 32 }) as { children: T[] };
    expect(both.children.map((c) => [c.x, c.y, c.style.text, c.style.align])).toEqual([
      [100, 50, '全省', 'right'],
      [900, 50, '甲、\n乙', 'left'],
    ]);
    expect(both.children[1].style.fill).toBe(color.inkSoft);
    expect(both.children[1].style.lineHeight).toBe(43);
  });
});
