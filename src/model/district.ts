/**
 * The speech masks the district's name as "**". When a presenter sets
 * settings.districtName, the visible text shows it; the notes stay verbatim.
 * Applied once, by shownModel (shown.ts).
 */

/** The text with every "**" replaced by the district name; unchanged while the name is unset or "**". */
export function withDistrictName(text: string, name: string): string {
  if (!name || name === '**') return text;
  return text.split('**').join(name);
}

/**
 * A copy of `value` (a chart spec, a slide) with withDistrictName applied to
 * every string in it: chart labels drawn on the canvas, the chart's text
 * alternative and its data table follow the same rule as the slide text.
 */
export function withDistrictNameIn<T>(value: T, name: string): T {
  if (!name || name === '**') return value;
  const map = (v: unknown): unknown => {
    if (typeof v === 'string') return withDistrictName(v, name);
    if (Array.isArray(v)) return v.map(map);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, map(x)]));
    return v;
  };
  return map(value) as T;
}
