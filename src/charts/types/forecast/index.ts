import type { ChartTypeModule } from '../module.ts';
import { forecastOption } from './option.ts';
import { describeForecast, forecastTable } from './table.ts';

export const forecast: ChartTypeModule<'forecast'> = {
  option: forecastOption,
  describe: describeForecast,
  table: forecastTable,
  native: () => import('./pptx.ts').then((m) => m.forecastNative),
};
