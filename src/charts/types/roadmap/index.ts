import type { ChartTypeModule } from '../module.ts';
import { roadmapOption } from './option.ts';
import { describeRoadmap, roadmapTable } from './table.ts';

export const roadmap: ChartTypeModule<'roadmap'> = {
  option: roadmapOption,
  describe: describeRoadmap,
  table: roadmapTable,
  native: () => import('./pptx.ts').then((m) => m.roadmapNative),
};
