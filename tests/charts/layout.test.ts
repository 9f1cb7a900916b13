/**
 * Lays every chart out with ECharts itself (server-side, no browser) at the
 * container sizes the deck gives it — 1920×1080 and 4:3 slides, the phone's
 * 540×420 stage — and checks that every piece of text stays inside the chart
 * and that no two texts overlap. In node, zrender measures text with a
 * conservative estimate (CJK 1em), close to the deck fonts.
 */
import { describe, expect, it } from 'vitest';
import { chartSlides } from './deck-specs.ts';
import { type Box, textBoxes } from './drawn.ts';

/** The container sizes the deck gives a chart (measured in the browser): phone stage, 4:3 and 16:9 slides, narrower with an aside. */
function sizesFor(hasAside: boolean): { name: string; width: number; height: number }[] {
  return [
    { name: 'phone stage', width: 540, height: 420 },
    hasAside ? { name: '4:3', width: 904, height: 671 } : { name: '4:3', width: 1264, height: 586 },
    hasAside ? { name: '16:9', width: 1220, height: 671 } : { name: '16:9', width: 1680, height: 671 },
  ];
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
