/**
 * Every chart is a drawing: custom series in no coordinate system, each laid out in
 * pixels from the chart's own size at render time (so a resize lays it out again).
 * ECharts' grid, axes and per-type series would cost the chart engine about 75 KB of
 * gzip for what a few shapes and texts draw as well (registry.ts).
 *
 * A layer is one custom series. Its data items are the things a pointer can ask about:
 * each carries its tooltip text as its name (tooltip.ts shows it). Decoration that
 * answers nothing goes in a silent layer.
 */
import type { CustomSeriesOption } from 'echarts/charts';
import { animation, type BuildOptions, type ChartElement } from './common.ts';
import type { ChartOption } from './registry.ts';

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Layer {
  /** Names the layer in ECharts (and in events). */
  readonly name: string;
  /**
   * One entry per data item, which `render` draws by its index. The entry is the item's
   * tooltip: plain text, lines split by "\n", the first line a heading when there are more;
   * '' for none.
   */
  readonly tips: readonly string[];
  readonly render: (index: number, size: Size) => ChartElement;
  /** Decoration: no pointer events, no tooltip. */
  readonly silent?: boolean;
}

/** A chart option of one or more drawn layers, later layers on top. */
export function drawing(opts: BuildOptions, layers: readonly Layer[]): ChartOption {
  const series: CustomSeriesOption[] = layers.map((layer, z) => ({
    type: 'custom',
    coordinateSystem: 'none',
    name: layer.name,
    silent: layer.silent ?? false,
    z,
    data: layer.tips.map((tip, i) => ({ name: tip, value: i })),
    renderItem: (params, api) => layer.render(params.dataIndex, { width: api.getWidth(), height: api.getHeight() }),
  }));
  return { ...animation(opts), series };
}

type Animated = ChartElement & { enterAnimation?: { delay?: number; duration?: number } };
type WithShape = Animated & { shape?: Record<string, unknown> };
type WithStyle = Animated & { style?: Record<string, unknown> };

/** Grows a rectangle out of its left edge as it enters. */
export function growRight<T extends WithShape>(el: T, delay = 0): T {
  return { ...el, shape: { ...el.shape, enterFrom: { width: 0 } }, enterAnimation: { delay } };
}

/** Grows a rectangle up out of its bottom edge as it enters. */
export function growUp<T extends WithShape>(el: T, delay = 0): T {
  const shape = el.shape as { y: number; height: number };
  return { ...el, shape: { ...el.shape, enterFrom: { y: shape.y + shape.height, height: 0 } }, enterAnimation: { delay } };
}

/** Fades an element in as it enters, after `delay` ms. */
export function fadeIn<T extends WithStyle>(el: T, delay = 0): T {
  return { ...el, style: { ...el.style, enterFrom: { opacity: 0 } }, enterAnimation: { delay } };
}
