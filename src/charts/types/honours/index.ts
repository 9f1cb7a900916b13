import type { ChartTypeModule } from '../module.ts';
import { honoursOption } from './option.ts';
import { describeHonours, honoursTable } from './table.ts';

export const honours: ChartTypeModule<'honours'> = {
  option: honoursOption,
  describe: describeHonours,
  table: honoursTable,
  native: () => import('./pptx.ts').then((m) => m.honoursNative),
};
