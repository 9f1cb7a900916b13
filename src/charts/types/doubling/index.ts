import type { ChartTypeModule } from '../module.ts';
import { describeDoubling, doublingTable } from './table.ts';

export const doubling: ChartTypeModule<'doubling'> = {
  option: () => import('./option.ts').then((m) => m.doublingOption),
  describe: describeDoubling,
  table: doublingTable,
  native: () => import('./pptx.ts').then((m) => m.doublingNative),
};
