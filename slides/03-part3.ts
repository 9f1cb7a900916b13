import type { SectionModule } from '../src/model/types.ts';

export const part3: SectionModule = {
  part: 's3',
  slides: [{ kind: 'section', id: 'part-3', part: 's3', source: ['s3.h'] }],
};
