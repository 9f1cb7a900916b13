import type { SectionModule } from '../src/model/types.ts';

export const opening: SectionModule = {
  part: 'open',
  slides: [
    { kind: 'cover', id: 'cover', source: ['open.1', 'open.2'], headline: '全力推进**发展新跨越' },
  ],
};
