import type { ChartTypeModule } from '../module.ts';
import { doublingOption } from './option.ts';
import { describeDoubling, doublingTable } from './table.ts';

export const doubling: ChartTypeModule<'doubling'> = {
  option: doublingOption,
  describe: describeDoubling,
  table: doublingTable,
  native: () => import('./pptx.ts').then((m) => m.doublingNative),
};
