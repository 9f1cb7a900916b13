import type { SectionModule } from '../src/model/types.ts';

export const part2: SectionModule = {
  part: 's2',
  slides: [{ kind: 'section', id: 'part-2', part: 's2', source: ['s2.h'] }],
};
