export type ForecastItem =
  | { readonly name: string; readonly kind: 'range'; readonly low: number; readonly high: number }
  | { readonly name: string; readonly kind: 'lowerBound'; readonly low: number };

/** Output forecasts against a target: ranges stay ranges, "以上" stays a lower bound. */
export interface ForecastSpec {
  readonly type: 'forecast';
  readonly unit: string;
  readonly items: readonly ForecastItem[];
  readonly target: { readonly name: string; readonly value: number };
}

/** The combined forecast. `high` is null when any item is open-ended ("以上"): the sum is then only a lower bound. Derived. */
export function forecastSum(spec: ForecastSpec): { low: number; high: number | null } {
  let low = 0;
  let high: number | null = 0;
  for (const it of spec.items) {
    low += it.low;
    high = it.kind === 'range' && high !== null ? high + it.high : null;
  }
  return { low, high };
}

/**
 * How far the combined forecast stays below the target. Derived.
 * `max` is the largest possible gap (from the lower end); `min` the smallest (null when open-ended: it may be closed).
 */
export function forecastGap(spec: ForecastSpec): { max: number; min: number | null } {
  const sum = forecastSum(spec);
  return {
    max: Math.max(0, spec.target.value - sum.low),
    min: sum.high === null ? null : Math.max(0, spec.target.value - sum.high),
  };
}

/** "400—500亿元" / "300亿元以上". */
export function itemText(it: ForecastItem, unit: string): string {
  return it.kind === 'range' ? `${it.low}—${it.high}${unit}` : `${it.low}${unit}以上`;
}

export function sumText(spec: ForecastSpec): string {
  const s = forecastSum(spec);
  return s.high === null ? `至少${s.low}${spec.unit}` : `${s.low}—${s.high}${spec.unit}`;
}

/** "差距不超过300亿元": with an open end only the largest gap is known. */
export function gapShort(spec: ForecastSpec): string {
  const g = forecastGap(spec);
  if (g.max === 0) return '已达到目标';
  if (g.min === null) return `差距不超过${g.max}${spec.unit}`;
  if (g.min === g.max) return `差距${g.max}${spec.unit}`;
  return `差距${g.min}—${g.max}${spec.unit}`;
}

export function gapText(spec: ForecastSpec): string {
  return forecastGap(spec).max === 0 ? `已达到${spec.target.name}目标` : `与${spec.target.name}目标${gapShort(spec)}`;
}

/** The data table's name for the derived sum; never drawn on the chart. */
export const SUM_NAME = '两项合计（推算）';

/** The speech's own qualifier for these figures; the only note the chart carries. */
export const FORECAST_QUALIFIER = '据初步估算';

/** Share of the axis the open end of a lower bound is drawn with, on screen and in PowerPoint (no data: shape only). */
export const OPEN_END_SHARE = 0.16;
