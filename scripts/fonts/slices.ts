/**
 * Cuts one face's characters into unicode-range slices by where they first
 * appear in the deck, the way large CJK web fonts are served: slice 0 holds
 * the cover's glyphs (all the first load needs), each next slice the new
 * glyphs of the following slides until it has `minChars`, then one slice for
 * the interface's other strings and one for the rest (speech notes). The
 * slices are disjoint and together hold every character of the face.
 */
export type SliceKind = 'slides' | 'ui' | 'rest';

export interface PlannedSlice {
  /** `s0`, `s1`, …, `ui`, `rest`: part of the file name. */
  readonly name: string;
  readonly kind: SliceKind;
  /** Characters, sorted by code point. */
  readonly chars: readonly string[];
}

export interface FacePlan {
  readonly slices: readonly PlannedSlice[];
  /** Per slide (deck order), the indices of the slices holding its characters. */
  readonly bySlide: readonly (readonly number[])[];
}

export interface FacePlanInput {
  /** Characters each slide draws in this face, in deck order. */
  readonly slides: readonly ReadonlySet<string>[];
  /** The interface's strings (help, menus, speaker view): a slice of their own. */
  readonly ui: ReadonlySet<string>;
  /** Every character the face must have (notes included): what no slide or the interface names ends in `rest`. */
  readonly all: ReadonlySet<string>;
  /** A slide slice is closed once it has this many characters (fewer, larger files vs. fetching unneeded glyphs). */
  readonly minChars: number;
}

const byCodePoint = (a: string, b: string) => a.codePointAt(0)! - b.codePointAt(0)!;

export function planFaceSlices(input: FacePlanInput): FacePlan {
  const seen = new Set<string>();
  const slices: PlannedSlice[] = [];
  let current: string[] = [];
  const close = (kind: SliceKind, name: string) => {
    if (current.length) slices.push({ name, kind, chars: current.sort(byCodePoint) });
    current = [];
  };
  const take = (chars: Iterable<string>) => {
    for (const c of chars) {
      if (seen.has(c)) continue;
      seen.add(c);
      current.push(c);
    }
  };
  input.slides.forEach((chars, i) => {
    take(chars);
    // The cover alone in slice 0: nothing else waits in the first load.
    if (i === 0 || current.length >= input.minChars) close('slides', `s${slices.length}`);
  });
  close('slides', `s${slices.length}`);
  take(input.ui);
  close('ui', 'ui');
  take(input.all);
  close('rest', 'rest');

  const sliceOf = new Map<string, number>();
  slices.forEach((s, i) => {
    for (const c of s.chars) sliceOf.set(c, i);
  });
  const bySlide = input.slides.map((chars) => [...new Set([...chars].map((c) => sliceOf.get(c)!))].sort((a, b) => a - b));
  return { slices, bySlide };
}
