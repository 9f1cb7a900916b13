import type { SectionModule } from '../src/model/types.ts';

export const part1: SectionModule = {
  part: 's1',
  slides: [
    { kind: 'section', id: 'part-1', part: 's1', source: ['s1.h'] },
    {
      kind: 'chart',
      id: 'air-quality',
      title: '全年空气质量良好天数达到310天',
      source: ['s1.i2'],
      sourceLabel: '来源：讲话第一部分第2条',
      chart: { type: 'dayShare', label: '空气质量良好天数', value: 310, unit: '天', total: 365, totalBasis: '按全年365天推算' },
      aside: [{ value: '12', unit: '个', label: '节能减排项目' }],
    },
  ],
};
