import { cnNumber, fmt } from '../../common.ts';

/** "三年翻一番": an index path from 100 to 200, with the implied yearly rate. */
export interface DoublingSpec {
  readonly type: 'doubling';
  readonly years: number;
  readonly factor: number;
  /** The share of the city's total the speech aims at ("半壁江山"), a target, not data. */
  readonly shareTarget?: { readonly label: string; readonly value: number };
}

export const BASE_INDEX = 100;
export const DOUBLING_BASIS = '按“三年翻一番”推算';

/** The implied yearly growth rate: factor^(1/years) − 1 (三年翻一番 → ≈26%). Derived. */
export function impliedRate(spec: DoublingSpec): number {
  return spec.factor ** (1 / spec.years) - 1;
}

/** Index path from 100 at the base year to 100 × factor after `years`. Derived. */
export function indexPath(spec: DoublingSpec): number[] {
  return Array.from({ length: spec.years + 1 }, (_, t) => BASE_INDEX * spec.factor ** (t / spec.years));
}

export function ratePercent(spec: DoublingSpec): string {
  return fmt(impliedRate(spec) * 100, 0);
}

export function basis(spec: DoublingSpec): string {
  return spec.years === 3 && spec.factor === 2 ? DOUBLING_BASIS : `按“${cnNumber(spec.years)}年增长到${spec.factor}倍”推算`;
}

export function yearLabel(t: number): string {
  return t === 0 ? '基期' : `第${cnNumber(t)}年`;
}

/** Before and after as the speech puts it: today's total as 1, three years on as `factor` (翻一番 → 2). */
export function doublingBars(spec: DoublingSpec): { name: string; value: number; label: string }[] {
  return [
    { name: '现在', value: 1, label: '工业总量' },
    { name: `${cnNumber(spec.years)}年`, value: spec.factor, label: spec.factor === 2 ? '翻一番' : `${spec.factor}倍` },
  ];
}
