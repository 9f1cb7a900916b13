/**
 * The district-name rule for exports, as in the deck (src/render/district.ts):
 * what is shown (slide text, chart labels, titles, file metadata) has "**"
 * replaced by settings.districtName once it is set; the speech paragraphs
 * (speaker notes, the handout's text) stay verbatim.
 */
import { withDistrictName } from '../render/district.ts';

/** A copy of `value` with withDistrictName applied to every string in it (slides, chart specs, settings). */
export function withDistrictNames<T>(value: T, name: string): T {
  if (!name || name === '**') return value;
  const map = (v: unknown): unknown => {
    if (typeof v === 'string') return withDistrictName(v, name);
    if (Array.isArray(v)) return v.map(map);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, map(x)]));
    return v;
  };
  return map(value) as T;
}
