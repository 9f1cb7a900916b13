import type { ChartTypeModule } from '../module.ts';
import { describeHonours, honoursTable } from './table.ts';

export const honours: ChartTypeModule<'honours'> = {
  option: () => import('./option.ts').then((m) => m.honoursOption),
  describe: describeHonours,
  table: honoursTable,
  native: () => import('./pptx.ts').then((m) => m.honoursNative),
};
