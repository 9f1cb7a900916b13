/**
 * The one place ECharts is imported. Only what is registered here ends up
 * in the bundle, and ChartOption only admits registered parts.
 *
 * Named imports only: a namespace import of 'echarts/core' keeps every helper
 * it re-exports (about 27 KB of gzip). One renderer, SVG, for screen and
 * print alike: print needs it (reveal clones pages and canvas pixels do not
 * survive), and a second renderer would only add bytes.
 *
 * One series type, `custom`, in no coordinate system: every chart is a drawing laid
 * out in pixels (draw.ts). The grid with its axes, the bar, line, pie and scatter series,
 * mark lines and the tooltip component came to about 75 KB of gzip for what a few
 * shapes and texts draw as well; the tooltip is ours (tooltip.ts).
 */
import { init, registerTheme, use, type ComposeOption, type ECharts } from 'echarts/core';
import { CustomChart } from 'echarts/charts';
import type { CustomSeriesOption } from 'echarts/charts';
import { SVGRenderer } from 'echarts/renderers';
import { echartsTheme, THEME_NAME } from '../theme/echarts-theme.ts';

use([CustomChart, SVGRenderer]);
registerTheme(THEME_NAME, echartsTheme);

export type ChartOption = ComposeOption<CustomSeriesOption>;

/** The renderer every chart uses, on screen and in print. */
export const RENDERER = 'svg';

export const echarts = { init };
export { THEME_NAME };
export type EChartsInstance = ECharts;
