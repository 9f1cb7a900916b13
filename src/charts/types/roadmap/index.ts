import type { ChartTypeModule } from '../module.ts';
import { roadmapOption } from './option.ts';
import { roadmapNative } from './pptx.ts';
import { describeRoadmap, roadmapTable } from './table.ts';

export const roadmap: ChartTypeModule<'roadmap'> = {
  option: roadmapOption,
  describe: describeRoadmap,
  table: roadmapTable,
  native: roadmapNative,
};
