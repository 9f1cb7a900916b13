/**
 * Lays every chart out with ECharts itself (server-side, no browser) at the
 * container sizes the deck gives it — 1920×1080 and 4:3 slides, the phone's
 * 540×420 stage — and checks that every piece of text stays inside the chart
 * and that no two texts overlap. In node, zrender measures text with a
 * conservative estimate (CJK 1em), close to the deck fonts.
 */
import { describe, expect, it } from 'vitest';
import { buildOption } from '../../src/charts/builders/index.ts';
import { echarts, THEME_NAME } from '../../src/charts/registry.ts';
import type { ChartSpec } from '../../src/charts/specs.ts';
import { chartSlides } from './deck-specs.ts';

/** The container sizes the deck gives a chart (measured in the browser): phone stage, 4:3 and 16:9 slides, narrower with an aside. */
function sizesFor(hasAside: boolean): { name: string; width: number; height: number }[] {
  return [
    { name: 'phone stage', width: 540, height: 420 },
    hasAside ? { name: '4:3', width: 904, height: 671 } : { name: '4:3', width: 1264, height: 586 },
    hasAside ? { name: '16:9', width: 1220, height: 671 } : { name: '16:9', width: 1680, height: 671 },
  ];
}

interface Box {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

type El = {
  type?: string;
  ignore?: boolean;
  invisible?: boolean;
  style?: { text?: string; opacity?: number };
  parent?: El;
  getBoundingRect(): { x: number; y: number; width: number; height: number; clone(): { applyTransform(m: unknown): void; x: number; y: number; width: number; height: number } };
  getComputedTransform(): unknown;
  childrenRef?(): El[];
};

function hidden(el: El | undefined): boolean {
  for (let e = el; e; e = e.parent) if (e.ignore || e.invisible) return true;
  return false;
}

/** The drawn texts of one chart at one size, in chart pixels. */
export function textBoxes(spec: ChartSpec, width: number, height: number): Box[] {
  const chart = echarts.init(null, THEME_NAME, { renderer: 'svg', ssr: true, width, height });
  try {
    // Compact below 900 design px, as in lifecycle.ts.
    chart.setOption(buildOption(spec, { animation: false, compact: width < 900, width }));
    const list = (chart.getZr() as unknown as { storage: { getDisplayList(update: boolean): El[] } }).storage.getDisplayList(true);
    const boxes: Box[] = [];
    for (const el of list) {
      const text = el.style?.text;
      if (el.type !== 'text' && el.type !== 'tspan') continue;
      if (!text || !String(text).trim() || hidden(el) || el.style?.opacity === 0) continue;
      const r = el.getBoundingRect().clone();
      r.applyTransform(el.getComputedTransform());
      boxes.push({ text: String(text), x: r.x, y: r.y, width: r.width, height: r.height });
    }
    return boxes;
  } finally {
    chart.dispose();
  }
}

const overlap = (a: Box, b: Box, slack = 2): boolean =>
  a.x + slack < b.x + b.width && b.x + slack < a.x + a.width && a.y + slack < b.y + b.height && b.y + slack < a.y + a.height;

describe('chart text layout', () => {
  for (const { id, spec, hasAside } of chartSlides) {
    for (const size of sizesFor(hasAside)) {
      it(`${id} at ${size.name} (${size.width}×${size.height}): texts inside the chart, none overlapping`, () => {
        const boxes = textBoxes(spec, size.width, size.height);
        expect(boxes.length).toBeGreaterThan(0);
        const outside = boxes.filter((b) => b.x < -0.5 || b.y < -0.5 || b.x + b.width > size.width + 0.5 || b.y + b.height > size.height + 0.5);
        expect(outside.map((b) => `${b.text} @${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.width)}×${Math.round(b.height)}`)).toEqual([]);
        const clashes: string[] = [];
        boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => overlap(a, b) && clashes.push(`${a.text} / ${b.text}`)));
        expect(clashes).toEqual([]);
      });
    }
  }
});
