import type { ChartTypeModule } from '../module.ts';
import { describeRoadmap, roadmapTable } from './table.ts';

export const roadmap: ChartTypeModule<'roadmap'> = {
  option: () => import('./option.ts').then((m) => m.roadmapOption),
  describe: describeRoadmap,
  table: roadmapTable,
  native: () => import('./pptx.ts').then((m) => m.roadmapNative),
};
