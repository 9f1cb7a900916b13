import type { ChartTypeModule } from '../module.ts';
import { planCountsOption } from './option.ts';
import { describePlanCounts, planCountsTable } from './table.ts';

export const planCounts: ChartTypeModule<'planCounts'> = {
  option: planCountsOption,
  describe: describePlanCounts,
  table: planCountsTable,
  native: () => import('./pptx.ts').then((m) => m.planCountsNative),
};
