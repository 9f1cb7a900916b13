import { cnNumber, fmt } from '../../common.ts';
import type { DataTable } from '../module.ts';
import { basis, BASE_INDEX, indexPath, ratePercent, yearLabel, type DoublingSpec } from './spec.ts';

export function describeDoubling(spec: DoublingSpec): string {
  return `工业总量${cnNumber(spec.years)}年翻一番${spec.shareTarget ? `，${spec.shareTarget.label}` : ''}。`;
}

export function doublingTable(spec: DoublingSpec): DataTable {
  const path = indexPath(spec);
  return {
    caption: `工业总量${cnNumber(spec.years)}年翻一番（指数为推算，基期=${BASE_INDEX}）`,
    head: ['年份', '指数（推算）', '说明'],
    rows: [
      ...path.map((v, t) => [yearLabel(t), fmt(v), t === 0 ? '基期' : `推算：${basis(spec)}，年均增长约${ratePercent(spec)}%（${spec.factor}^(1/${spec.years})−1）`]),
      ...(spec.shareTarget ? [[spec.shareTarget.label, `${spec.shareTarget.value}%`, '推算：半壁江山按一半计；目标，非统计数据']] : []),
    ],
  };
}
