import type { DataTable } from '../module.ts';
import { honourCounts, type HonoursSpec } from './spec.ts';

export function describeHonours(spec: HonoursSpec): string {
  return `荣获的先进和荣誉称号：${honourCounts(spec).map((c) => `${c.level}：${c.names.join('、') || '—'}`).join('；')}。`;
}

export function honoursTable(spec: HonoursSpec): DataTable {
  return {
    caption: '荣获的先进和荣誉称号（数量为计数，计数规则见 docs/source-notes.md）',
    head: ['级别', '数量（计数）', '荣誉名称'],
    rows: honourCounts(spec).map((c) => [c.level, `${c.count}项`, c.names.join('、') || '—']),
  };
}
