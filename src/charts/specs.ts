/**
 * Chart data as slide modules declare it. Each spec is pure data taken from
 * the speech; builders in ./builders turn a spec into an ECharts option.
 * Derived values (shares, growth rates, gaps) are never stored here: the
 * builders compute them, so they cannot be typed in wrong.
 */

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

/** "三年翻一番": an index path from 100 to 200, with the implied yearly rate. */
export interface DoublingSpec {
  readonly type: 'doubling';
  readonly years: number;
  readonly factor: number;
  /** The share of the city's total the speech aims at ("半壁江山"), a target, not data. */
  readonly shareTarget?: { readonly label: string; readonly value: number };
}

/** A timeline of milestones by year from now: 一年 / 三年 / 五年. */
export interface RoadmapSpec {
  readonly type: 'roadmap';
  readonly milestones: readonly { readonly year: number; readonly label: string }[];
  /**
   * An optional span such as 今后3至5年 黄金机遇期: a period that starts NOW and whose end
   * the speech gives as a range, so from: 3, to: 5 means "ends between year 3 and year 5"
   * (drawn from 0, fading out between 3 and 5), not "years 3 to 5".
   */
  readonly span?: { readonly from: number; readonly to: number; readonly label: string };
}

/** Honours named in the speech, grouped by level; the levels and their order come from the data. */
export interface HonoursSpec {
  readonly type: 'honours';
  readonly levels: readonly string[];
  readonly items: readonly { readonly level: string; readonly name: string }[];
}

/** Counts of the plan (十大…, 十件…) with the items the speech names. */
export interface PlanCountsSpec {
  readonly type: 'planCounts';
  readonly unit: string;
  readonly items: readonly {
    readonly name: string;
    readonly count: number;
    readonly named: readonly string[];
    /** This item's own measure word when it differs from `unit` (十件民生实事 → 件). */
    readonly unit?: string;
  }[];
}

export type ChartSpec = DayShareSpec | ForecastSpec | DoublingSpec | RoadmapSpec | HonoursSpec | PlanCountsSpec;

export type ChartType = ChartSpec['type'];
