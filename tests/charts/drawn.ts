/** Lays a chart out with ECharts itself (server-side SVG, no browser) and returns its drawn texts. */
import { buildOption } from '../../src/charts/types/index.ts';
import { echarts, THEME_NAME } from '../../src/charts/registry.ts';
import type { ChartSpec } from '../../src/charts/types/specs.ts';

export interface Box {
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

