import type { ChartTypeModule } from '../module.ts';
import { dayShareOption } from './option.ts';
import { describeDayShare, dayShareTable } from './table.ts';

export const dayShare: ChartTypeModule<'dayShare'> = {
  option: dayShareOption,
  describe: describeDayShare,
  table: dayShareTable,
  native: () => import('./pptx.ts').then((m) => m.dayShareNative),
};
