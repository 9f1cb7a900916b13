import type { PartModule } from '../src/model/types.ts';

export const opening: PartModule = {
  part: 'open',
  slides: [
    { kind: 'cover', id: 'cover', source: ['open.1', 'open.2'], headline: '全力推进**发展新跨越' },
    {
      kind: 'points',
      id: 'meeting-tasks',
      source: ['open.2'],
      title: '这次会议的主要任务',
      points: [
        { text: '贯彻落实中央、省委经济工作会议精神', fragment: true },
        { text: '贯彻落实市委十届九次全会暨经济工作会议精神', fragment: true },
        // The source gives the same year for the work summed up and the work planned: the contested
        // year is left out on screen, never corrected (docs/source-notes.md item 7); the notes keep it.
        { text: '总结工作，部署任务', fragment: true },
        { text: '动员全区上下抢抓机遇，苦干实干', fragment: true },
        { text: '全力推进**发展新跨越', emphasis: ['全力推进**发展新跨越'], fragment: true },
      ],
    },
  ],
};
