import type { DataTable } from '../module.ts';
import { FORECAST_QUALIFIER, forecastGap, forecastSum, gapText, itemText, sumText, SUM_NAME, type ForecastSpec } from './spec.ts';

export function describeForecast(spec: ForecastSpec): string {
  const items = spec.items.map((it) => `${it.name}${itemText(it, spec.unit)}`).join('，');
  return `${FORECAST_QUALIFIER}，${items}；${spec.target.name}。`;
}

export function forecastTable(spec: ForecastSpec): DataTable {
  const sum = forecastSum(spec);
  const gap = forecastGap(spec);
  return {
    caption: `产值预计与${spec.target.name}（单位：${spec.unit}）`,
    head: ['项目', '下限', '上限', '说明'],
    rows: [
      ...spec.items.map((it) => [
        it.name,
        String(it.low),
        it.kind === 'range' ? String(it.high) : '—',
        it.kind === 'range' ? `区间：${itemText(it, spec.unit)}（${FORECAST_QUALIFIER}）` : `下限：${itemText(it, spec.unit)}（${FORECAST_QUALIFIER}）`,
      ]),
      [spec.target.name, String(spec.target.value), String(spec.target.value), '目标'],
      [SUM_NAME, String(sum.low), sum.high === null ? '—' : String(sum.high), `推算：各项相加，${sumText(spec)}`],
      ['与目标差距（推算）', gap.min === null ? '—' : String(gap.min), String(gap.max), `推算：目标减两项合计，${gapText(spec)}`],
    ],
  };
}
