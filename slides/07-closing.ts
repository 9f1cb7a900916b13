import type { SectionModule } from '../src/model/types.ts';

export const closing: SectionModule = {
  part: 'close',
  slides: [
    {
      kind: 'closing',
      id: 'closing',
      source: ['close.1'],
      lines: ['跨越发展的号角已经吹响', '大干快上的序幕即将拉开'],
    },
  ],
};
