import type { PartModule } from '../src/model/types.ts';

/* The closing follows the speech's order: 号角 → 序幕 → …再创辉煌！ The last slide carries the final words. */
export const closing: PartModule = {
  part: 'close',
  slides: [
    {
      kind: 'quote',
      id: 'bugle-sounded',
      source: ['close.1'],
      lines: ['跨越发展的号角已经吹响，', '大干快上的序幕即将拉开'],
      caption: '只要我们坚定信心，抢抓机遇，苦干、实干加巧干，坚定不移抓落实',
    },
    {
      kind: 'closing',
      id: 'closing',
      source: ['close.1'],
      lines: ['**的发展一定会突飞猛进', '**的未来一定会星光灿烂', '**的明天一定能够再创辉煌！'],
    },
  ],
};
