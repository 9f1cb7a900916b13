import type { SectionModule } from '../src/model/types.ts';

export const part6: SectionModule = {
  part: 's6',
  slides: [{ kind: 'section', id: 'part-6', part: 's6', source: ['s6.h'] }],
};
