import type { SectionModule } from '../src/model/types.ts';

export const closing: SectionModule = {
  part: 'close',
  slides: [
    {
      kind: 'quote',
      id: 'bright-future',
      source: ['close.1'],
      lines: ['**的发展一定会突飞猛进', '**的未来一定会星光灿烂', '**的明天一定能够再创辉煌！'],
      caption: '坚定信心，抢抓机遇，苦干、实干加巧干，坚定不移抓落实',
    },
    {
      kind: 'closing',
      id: 'closing',
      source: ['close.1'],
      lines: ['跨越发展的号角已经吹响', '大干快上的序幕即将拉开'],
    },
  ],
};
