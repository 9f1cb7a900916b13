import type { ChartTypeModule } from '../module.ts';
import { describeDayShare, dayShareTable } from './table.ts';

export const dayShare: ChartTypeModule<'dayShare'> = {
  option: () => import('./option.ts').then((m) => m.dayShareOption),
  describe: describeDayShare,
  table: dayShareTable,
  native: () => import('./pptx.ts').then((m) => m.dayShareNative),
};
