import type { SectionModule } from '../src/model/types.ts';

export const part5: SectionModule = {
  part: 's5',
  slides: [{ kind: 'section', id: 'part-5', part: 's5', source: ['s5.h'] }],
};
