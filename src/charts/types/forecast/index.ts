import type { ChartTypeModule } from '../module.ts';
import { forecastOption } from './option.ts';
import { forecastNative } from './pptx.ts';
import { describeForecast, forecastTable } from './table.ts';

export const forecast: ChartTypeModule<'forecast'> = {
  option: forecastOption,
  describe: describeForecast,
  table: forecastTable,
  native: forecastNative,
};
