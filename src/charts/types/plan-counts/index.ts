import type { ChartTypeModule } from '../module.ts';
import { planCountsOption } from './option.ts';
import { planCountsNative } from './pptx.ts';
import { describePlanCounts, planCountsTable } from './table.ts';

export const planCounts: ChartTypeModule<'planCounts'> = {
  option: planCountsOption,
  describe: describePlanCounts,
  table: planCountsTable,
  native: planCountsNative,
};
