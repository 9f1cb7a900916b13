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
import { alpha, animation, type BuildOptions, type ChartElement, color, font } from './common.ts';
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

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * A category's band (a row or a column): the pointer's target for its tooltip, shaded
 * while the pointer is on it, as ECharts' axis pointer did.
 */
export function hoverBand(shape: Box): ChartElement {
  const shade = alpha(color.gold, 0.15);
  // Its own fill on hover: ECharts would otherwise lift (lighten) it.
  return { type: 'rect', shape: { ...shape }, style: { fill: shade, opacity: 0 }, emphasis: { style: { fill: shade, opacity: 1 } } };
}

/** A row chart's label text: a row's name or its list of names. */
interface RowText {
  /** The column's edge next to the plot: the name ends there, the list starts there. */
  readonly x: number;
  readonly text: string;
  readonly size: number;
}

/**
 * The two label columns of a row chart, as ECharts' category axes drew them: the row's name
 * right-aligned before the plot (serif, bold) and, when given, its list left-aligned after it.
 */
export function rowLabels(y: number, name: RowText, list?: RowText): ChartElement {
  const head: ChartElement = {
    type: 'text',
    x: name.x,
    y,
    style: { text: name.text, fontSize: name.size, fontWeight: 700, fontFamily: font.serif, fill: color.ink, align: 'right', verticalAlign: 'middle' },
  };
  if (!list) return head;
  const tail: ChartElement = {
    type: 'text',
    x: list.x,
    y,
    style: { text: list.text, fontSize: list.size, fontFamily: font.sans, fill: color.inkSoft, lineHeight: Math.round(list.size * 1.35), align: 'left', verticalAlign: 'middle' },
  };
  return { type: 'group', children: [head, tail] };
}
