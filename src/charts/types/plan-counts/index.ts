import type { ChartTypeModule } from '../module.ts';
import { describePlanCounts, planCountsTable } from './table.ts';

export const planCounts: ChartTypeModule<'planCounts'> = {
  option: () => import('./option.ts').then((m) => m.planCountsOption),
  describe: describePlanCounts,
  table: planCountsTable,
  native: () => import('./pptx.ts').then((m) => m.planCountsNative),
};
