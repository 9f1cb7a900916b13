import { cnNumber } from '../../common.ts';

/** A timeline of milestones by year from now: 一年 / 三年 / 五年. */
export interface RoadmapSpec {
  readonly type: 'roadmap';
  readonly milestones: readonly { readonly year: number; readonly label: string }[];
  /**
   * An optional span such as 今后3至5年 黄金机遇期: a period that starts NOW and whose end
   * the speech gives as a range, so from: 3, to: 5 means "ends between year 3 and year 5"
   * (drawn from 0, fading out between 3 and 5), not "years 3 to 5".
   */
  readonly span?: RoadmapSpan;
}

export interface RoadmapSpan {
  readonly from: number;
  readonly to: number;
  readonly label: string;
}

export function roadmapYearLabel(year: number): string {
  return year === 0 ? '起点' : `${cnNumber(year)}年`;
}

/** "今后3至5年": from now (0), lasting between `from` and `to` years. */
export function spanText(span: RoadmapSpan): string {
  return `今后${span.from}至${span.to}年`;
}

/** The span's label, with its "今后3至5年" unless the label already says it. */
export function spanLabel(span: RoadmapSpan): string {
  return span.label.includes(spanText(span)) ? span.label : `${spanText(span)} ${span.label}`;
}

export function roadmapEnd(spec: RoadmapSpec): number {
  return Math.max(...spec.milestones.map((m) => m.year), spec.span?.to ?? 0);
}
