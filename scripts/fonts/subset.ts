/**
 * Subsets the bundled fonts to the deck's characters with harfbuzz
 * (subset-font), cached on disk by content so repeated builds and tests are
 * fast and parallel builds never clash.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { projectRoot } from '../lib/build.ts';
import { deck } from '../../slides/index.ts';
import { parseSpeech } from '../../src/model/speech.ts';
import { sortedChars, speechText, unicodeRange, type DeckCharset } from './charset.ts';
import { DECK_FACES, type DeckFace } from './faces.ts';
import { planFaceSlices, type SliceKind } from './slices.ts';
import { slideGlyphs, type SlideGlyphs } from './slides.ts';

export type FontFormat = 'woff2' | 'truetype';

const CACHE = join(projectRoot, 'node_modules/.cache/deck-fonts');
const SUBSETTER = 'subset-font@2';

/** The face cut down to `chars`, as woff2 (web) or TrueType (office files, PDF tools). */
export async function subsetFace(face: DeckFace, chars: Iterable<string>, format: FontFormat = 'woff2'): Promise<Buffer> {
  const text = sortedChars(chars);
  const key = createHash('sha256')
    .update([SUBSETTER, face.source, statSync(face.source).size, format, text].join('\0'))
    .digest('hex')
    .slice(0, 24);
  const cached = join(CACHE, `${face.slug}-${key}.${format === 'woff2' ? 'woff2' : 'ttf'}`);
  try {
    return readFileSync(cached);
  } catch {
    // not cached yet
  }
  const out = await subsetFont(readFileSync(face.source), text, { targetFormat: format });
  mkdirSync(CACHE, { recursive: true });
  const tmp = `${cached}.${process.pid}.tmp`;
  writeFileSync(tmp, out);
  renameSync(tmp, cached); // atomic: a parallel build reads a whole file or none
  return out;
}

export interface BuiltFontFile {
  readonly face: DeckFace;
  /** `s0` (the cover: preloaded), `s1`…, `ui`, `rest`; `all` for a face in one file (single-file build, baseline). */
  readonly slice: string;
  readonly kind: SliceKind | 'all';
  /** `deck-sans-sc-400-s0-1a2b3c4d.woff2` */
  readonly fileName: string;
  readonly data: Buffer;
  /** Empty for a one-file face: it serves every character it has. */
  readonly unicodeRange: string;
  readonly chars: string;
  /** Size of the full source font, for the before/after report. */
  readonly sourceBytes: number;
}

/**
 * What the page needs to load a slide's glyphs before showing it (src/theme/fonts.ts):
 * for each face, one character of each slice (loading it fetches that slice), and
 * for each slide the slices of each face it draws from.
 */
export interface FontPlan {
  readonly faces: readonly { readonly family: string; readonly weight: number; readonly probe: readonly string[] }[];
  /** [slide id, slice indices of face 0, of face 1, …], in deck order. */
  readonly slides: readonly (readonly [string, ...(readonly number[])[]])[];
}

/** Slide slices close at this many new characters: about 5 KB of woff2, a dozen files per face for the deck. */
export const MIN_SLICE_CHARS = 48;

async function fontFile(face: DeckFace, slice: string, kind: BuiltFontFile['kind'], chars: Iterable<string>, range: boolean): Promise<BuiltFontFile> {
  const set = [...new Set(chars)];
  const data = await subsetFace(face, set);
  const hash = createHash('sha256').update(data).digest('hex').slice(0, 8);
  return {
    face,
    slice,
    kind,
    fileName: `${face.slug}-${slice}-${hash}.woff2`,
    data,
    unicodeRange: range ? unicodeRange(set) : '',
    chars: sortedChars(set),
    sourceBytes: statSync(face.source).size,
  };
}

/**
 * Every face cut into slices by first appearance in the deck (slices.ts), and the
 * plan that tells the page which slices each slide needs. Each face holds every
 * character of the deck, notes and interface included, across its slices.
 */
export async function buildDeckFonts(
  charset: DeckCharset,
  glyphs: readonly SlideGlyphs[] = slideGlyphs(deck, parseSpeech(speechText())),
  faces: readonly DeckFace[] = DECK_FACES,
): Promise<{ files: BuiltFontFile[]; plan: FontPlan }> {
  const files: BuiltFontFile[] = [];
  const plans = faces.map((face) =>
    planFaceSlices({ slides: glyphs.map((g) => g.chars[face.role]), ui: charset.slides, all: charset.all, minChars: MIN_SLICE_CHARS }),
  );
  for (const [i, face] of faces.entries()) {
    for (const slice of plans[i].slices) files.push(await fontFile(face, slice.name, slice.kind, slice.chars, true));
  }
  const plan: FontPlan = {
    faces: faces.map((f, i) => ({ family: f.family, weight: f.weight, probe: plans[i].slices.map((s) => s.chars[0]) })),
    slides: glyphs.map((g, s) => [g.id, ...plans.map((p) => p.bySlide[s])] as const),
  };
  return { files, plan };
}

/** Each face in one file of every character of the deck: the single-file build inlines each glyph once. */
export async function wholeDeckFonts(charset: DeckCharset, faces: readonly DeckFace[] = DECK_FACES): Promise<BuiltFontFile[]> {
  return Promise.all(faces.map((face) => fontFile(face, 'all', 'all', charset.all, false)));
}

/**
 * The whole source fonts, not subset: only for the benchmark's naive baseline
 * (`DECK_FONT_SUBSET=0`), to show what subsetting saves.
 */
export function fullDeckFonts(faces: readonly DeckFace[] = DECK_FACES): BuiltFontFile[] {
  return faces.map((face) => ({
    face,
    slice: 'all',
    kind: 'all' as const,
    fileName: `${face.slug}-full.ttf`,
    data: readFileSync(face.source),
    unicodeRange: '',
    chars: '',
    sourceBytes: statSync(face.source).size,
  }));
}

/**
 * @font-face rules for the built files. `block`: text waits (briefly) for its
 * font instead of flashing a fallback, and print/PDF always uses the real face.
 */
export function fontFaceCss(files: readonly BuiltFontFile[], url: (f: BuiltFontFile) => string): string {
  return files
    .map(
      (f) =>
        `@font-face{font-family:"${f.face.family}";font-style:normal;font-weight:${f.face.weight};font-display:block;` +
        `src:url("${url(f)}") format("${f.fileName.endsWith('.ttf') ? 'truetype' : 'woff2'}")${f.unicodeRange ? `;unicode-range:${f.unicodeRange}` : ''}}`,
    )
    .join('\n');
}

export function sizeReport(files: readonly BuiltFontFile[]): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const lines: string[] = [];
  for (const face of new Set(files.map((f) => f.face))) {
    const mine = files.filter((f) => f.face === face);
    const bytes = mine.reduce((n, f) => n + f.data.length, 0);
    const chars = mine.reduce((n, f) => n + [...f.chars].length, 0);
    const slices = mine.map((f) => `${f.slice} ${[...f.chars].length}/${kb(f.data.length)}`).join(', ');
    lines.push(`  ${face.slug.padEnd(20)} ${String(chars).padStart(5)} chars ${kb(bytes).padStart(10)} (source ${face.sourceName}: ${(mine[0].sourceBytes / 1048576).toFixed(1)} MB) — ${slices}`);
  }
  const first = files.filter((f) => f.slice === 's0' || f.kind === 'all').reduce((n, f) => n + f.data.length, 0);
  const total = files.reduce((n, f) => n + f.data.length, 0);
  const sources = [...new Set(files.map((f) => f.face))].reduce((n, f) => n + statSync(f.source).size, 0);
  lines.push(`  fonts: ${(sources / 1048576).toFixed(1)} MB of source fonts → ${kb(total)} subset (${kb(first)} preloaded; the other slices load as slides, the interface or the notes need them)`);
  return lines.join('\n');
}
