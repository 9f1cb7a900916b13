/**
 * Lays a chart out with ECharts itself (server-side SVG, no browser) and returns its drawn texts,
 * read from the SVG that ECharts renders (public API: renderToSVGString), with no access to
 * ZRender's internals. Text is measured by a known rule, set through ECharts' public
 * setPlatformAPI, so a drawn text's box can be computed exactly as ECharts laid it out.
 */
import { setPlatformAPI } from 'echarts/core';
import { textWidth } from '../../src/charts/common.ts';
import { echarts, THEME_NAME } from '../../src/charts/registry.ts';
import { loadBuilders } from '../../src/charts/types/index.ts';
import type { ChartSpec } from '../../src/charts/types/specs.ts';

export interface Box {
  text: string;
  /** Font size in px. */
  size: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Every chart type's builder (the deck loads them with the engine). */
export const buildOption = await loadBuilders();

const fontSize = (font: string): number => Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 12);

// A conservative estimate, close to the deck fonts: CJK and full-width 1em, the rest 0.6em (as the builders assume).
setPlatformAPI({ measureText: (text: string, font?: string) => ({ width: textWidth(text, fontSize(font ?? '')) }) });

const unescape = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

const attr = (attrs: string, name: string): string | undefined => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1];

/**
 * The boxes of the texts in an SVG that ECharts rendered. Each line is one <text> with
 * dominant-baseline central: its y is the line's middle, its height one line (the measure of 国).
 */
export function svgTextBoxes(svg: string): Box[] {
  if (/<g\b[^>]*\btransform=/.test(svg)) throw new Error('drawn.ts: a transformed group; text positions would need its transform');
  const boxes: Box[] = [];
  for (const m of svg.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)) {
    const [, attrs, raw] = m;
    const text = unescape(raw);
    if (!text.trim() || attr(attrs, 'opacity') === '0' || attr(attrs, 'fill-opacity') === '0') continue;
    if (attr(attrs, 'dominant-baseline') !== 'central') throw new Error(`drawn.ts: unexpected baseline in <text${attrs}>`);
    const transform = attr(attrs, 'transform') ?? '';
    const t = /^translate\(([-\d.e]+)(?:[ ,]+([-\d.e]+))?\)$/.exec(transform);
    if (transform && !t) throw new Error(`drawn.ts: unexpected transform "${transform}"`);
    const size = fontSize(attr(attrs, 'style') ?? '');
    const width = textWidth(text, size);
    const height = textWidth('国', size);
    const x = Number(attr(attrs, 'x') ?? 0) + Number(t?.[1] ?? 0);
    const y = Number(attr(attrs, 'y') ?? 0) + Number(t?.[2] ?? 0);
    const anchor = attr(attrs, 'text-anchor') ?? 'start';
    const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
    boxes.push({ text, size, x: left, y: y - height / 2, width, height });
  }
  return boxes;
}

/** The drawn texts of one chart at one size, in chart pixels. */
export function textBoxes(spec: ChartSpec, width: number, height: number, compact = width < 900): Box[] {
  const chart = echarts.init(null, THEME_NAME, { renderer: 'svg', ssr: true, width, height });
  try {
    // Compact below 900 design px, as in lifecycle.ts.
    chart.setOption(buildOption(spec, { animation: false, compact, width }));
    return svgTextBoxes(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

type Drawn = { type: string; shape?: Record<string, number>; style?: Record<string, unknown>; children?: Drawn[] };
type Layers = { name: string; data: { name: string }[]; renderItem: (p: { dataIndex: number }, api: unknown) => Drawn }[];

/** What layer `series` draws for data item `index` at a chart size (draw.ts calls it with only the size). */
export function drawnItem(option: { series?: unknown }, series: number, index: number, width = 1680, height = 671): Drawn {
  const layer = (option.series as Layers)[series];
  return layer.renderItem({ dataIndex: index }, { getWidth: () => width, getHeight: () => height });
}

/** Each layer's tooltips, by data item. */
export function tipsOf(option: { series?: unknown }): string[][] {
  return (option.series as Layers).map((l) => l.data.map((d) => d.name));
}
