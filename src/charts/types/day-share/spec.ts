/** A count out of a whole, drawn as a ring: 310 good-air days of the year. Only the count is drawn. */
export interface DayShareSpec {
  readonly type: 'dayShare';
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  /** The whole the value is measured against; not in the speech, so always labelled. */
  readonly total: number;
  /** Why that whole: e.g. "按全年365天推算". In the data table with the derived share, never drawn. */
  readonly totalBasis: string;
}

/** The share the value implies of the whole, in percent, one decimal. Derived, never typed in. */
export function dayShareRatio(spec: DayShareSpec): number {
  return Math.round((spec.value / spec.total) * 1000) / 10;
}
