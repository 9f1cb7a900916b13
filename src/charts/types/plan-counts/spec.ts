/** Counts of the plan (十大…, 十件…) with the items the speech names. */
export interface PlanCountsSpec {
  readonly type: 'planCounts';
  readonly unit: string;
  readonly items: readonly PlanItem[];
}

export interface PlanItem {
  readonly name: string;
  readonly count: number;
  readonly named: readonly string[];
  /** This item's own measure word when it differs from `unit` (十件民生实事 → 件). */
  readonly unit?: string;
}

/** The measure word for one item: its own, else the chart's. */
export function unitOf(spec: PlanCountsSpec, item: PlanItem): string {
  return item.unit ?? spec.unit;
}

/** How many of each count the speech leaves unnamed. Derived: for the data table only, never drawn. */
export function unnamedCount(item: PlanItem): number {
  return Math.max(0, item.count - item.named.length);
}

/** The named projects as the speech lists them, closing with its own "等". */
export function namedList(item: PlanItem): string[] {
  return item.named.length ? [...item.named.slice(0, -1), `${item.named[item.named.length - 1]}等`] : [];
}
