/**
 * The one place ECharts is imported. Only what is registered here ends up
 * in the bundle, and ChartOption only admits registered parts.
 *
 * Named imports only: a namespace import of 'echarts/core' keeps every helper
 * it re-exports (about 27 KB of gzip). One renderer, SVG, for screen and
 * print alike: print needs it (reveal clones pages and canvas pixels do not
 * survive), and a second renderer would only add bytes.
 */
import { init, registerTheme, use, type ComposeOption, type ECharts } from 'echarts/core';
import { BarChart, CustomChart, LineChart, PieChart, ScatterChart } from 'echarts/charts';
import type { BarSeriesOption, CustomSeriesOption, LineSeriesOption, PieSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import { GraphicComponent, GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import type { GraphicComponentOption, GridComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { echartsTheme, THEME_NAME } from '../theme/echarts-theme.ts';

use([BarChart, CustomChart, LineChart, PieChart, ScatterChart, GraphicComponent, GridComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);
registerTheme(THEME_NAME, echartsTheme);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | CustomSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | ScatterSeriesOption
  | GraphicComponentOption
  | GridComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
>;

/** The renderer every chart uses, on screen and in print. */
export const RENDERER = 'svg';

export const echarts = { init };
export { THEME_NAME };
export type EChartsInstance = ECharts;
