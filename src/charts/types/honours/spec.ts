/** Honours named in the speech, grouped by level; the levels and their order come from the data. */
export interface HonoursSpec {
  readonly type: 'honours';
  readonly levels: readonly string[];
  readonly items: readonly { readonly level: string; readonly name: string }[];
}

/** Honours grouped by level, in the spec's order; the count is derived (data table only). */
export function honourCounts(spec: HonoursSpec): { level: string; count: number; names: string[] }[] {
  return spec.levels.map((level) => {
    const names = spec.items.filter((i) => i.level === level).map((i) => i.name);
    return { level, count: names.length, names };
  });
}
