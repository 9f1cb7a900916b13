import type { ChartTypeModule } from '../module.ts';
import { describeForecast, forecastTable } from './table.ts';

export const forecast: ChartTypeModule<'forecast'> = {
  option: () => import('./option.ts').then((m) => m.forecastOption),
  describe: describeForecast,
  table: forecastTable,
  native: () => import('./pptx.ts').then((m) => m.forecastNative),
};
