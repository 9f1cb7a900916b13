import type { DataTable } from '../module.ts';
import { dayShareRatio, type DayShareSpec } from './spec.ts';

export function describeDayShare(spec: DayShareSpec): string {
  return `全年${spec.label}${spec.value}${spec.unit}。`;
}

export function dayShareTable(spec: DayShareSpec): DataTable {
  return {
    caption: spec.label,
    head: ['项目', '数值'],
    rows: [
      [spec.label, `${spec.value}${spec.unit}`],
      [`全年天数（${spec.totalBasis}）`, `${spec.total}${spec.unit}`],
      ['占全年比例（推算）', `${dayShareRatio(spec)}%（${spec.totalBasis}）`],
    ],
  };
}
