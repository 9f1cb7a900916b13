import type { SectionModule } from '../src/model/types.ts';

export const part4: SectionModule = {
  part: 's4',
  slides: [{ kind: 'section', id: 'part-4', part: 's4', source: ['s4.h'] }],
};
