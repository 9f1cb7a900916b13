/**
 * What this speech asks the presenter to settle before the meeting: its gaps
 * and contradictions (docs/source-notes.md). `npm run check` and the speaker
 * view list them until their ids are in settings.confirmed.
 */
import type { DeckChecks } from '../src/model/readiness.ts';

export const checks = {
  fieldNotes: { districtName: { items: [6], phrase: '区名被遮盖' } },
  confirmations: [
    {
      id: 'year-conflict',
      todo: ['确认年份：原文“总结2024年工作，部署2024年任务”“2024年……十一五”前后矛盾', 'confirm the conflicting years'],
      done: ['年份已确认', 'years confirmed'],
      sourceNote: { items: [7], phrase: '年份矛盾' },
    },
    {
      id: 'district-place-names',
      todo: ['确认“**大桥”“**大道”确实以区名命名', 'confirm **大桥/**大道 are named after the district'],
      done: ['“**大桥”“**大道”已确认', '**大桥/**大道 confirmed'],
      sourceNote: { items: [6], phrase: '**大道' },
    },
    {
      id: 'missing-item-1',
      todo: ['确认第一、第四部分原文没有第1条（条目从第2条开始）', 'confirm parts 一 and 四 have no item 1'],
      done: ['第一、第四部分缺第1条已确认', 'missing item 1 confirmed'],
      sourceNote: { items: [2, 3], phrase: '没有第1条' },
    },
  ],
} as const satisfies DeckChecks;

/** The ids settings.confirmed may list. */
export type CheckId = (typeof checks.confirmations)[number]['id'];
