import type { DataTable } from '../module.ts';
import { namedList, unitOf, unnamedCount, type PlanCountsSpec } from './spec.ts';

export function describePlanCounts(spec: PlanCountsSpec): string {
  return `${spec.items.map((i) => `${i.name}：${namedList(i).join('、')}`).join('；')}。`;
}

export function planCountsTable(spec: PlanCountsSpec): DataTable {
  return {
    caption: '重点工程和产业项目',
    head: ['类别', '数量', '讲话点名的项目', '未点名（计数）'],
    rows: spec.items.map((i) => [i.name, `${i.count}${unitOf(spec, i)}`, i.named.join('、') || '—', `${unnamedCount(i)}${unitOf(spec, i)}`]),
  };
}
