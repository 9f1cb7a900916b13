import type { SectionModule } from '../src/model/types.ts';

export const opening: SectionModule = {
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
        // Shown as the source has it; the repeated year is listed in docs/source-notes.md.
        { text: '总结2024年工作，部署2024年任务', fragment: true },
        { text: '动员全区上下抢抓机遇，苦干实干', fragment: true },
        { text: '全力推进**发展新跨越', emphasis: ['全力推进**发展新跨越'], fragment: true },
      ],
    },
  ],
};
