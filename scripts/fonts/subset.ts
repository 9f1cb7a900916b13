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
import { sortedChars, unicodeRange, type DeckCharset } from './charset.ts';
import { DECK_FACES, type DeckFace } from './faces.ts';

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

/** `first`: what the face likely draws on slides, preloaded. `rest`: every other character of the deck, fetched only if used. */
export type FontSlice = 'first' | 'rest';

export interface BuiltFontFile {
  readonly face: DeckFace;
  readonly slice: FontSlice;
  /** `deck-sans-sc-400-first-1a2b3c4d.woff2` */
  readonly fileName: string;
  readonly data: Buffer;
  readonly unicodeRange: string;
  readonly chars: string;
  /** Size of the full source font, for the before/after report. */
  readonly sourceBytes: number;
}

/** Every face, in a slide slice and (when the notes need more characters) a notes slice. */
export async function buildDeckFonts(charset: DeckCharset, faces: readonly DeckFace[] = DECK_FACES): Promise<BuiltFontFile[]> {
  const out: BuiltFontFile[] = [];
  for (const face of faces) {
    const likely = face.role === 'body' ? charset.slides : face.role === 'bold' ? charset.bold : charset.titles;
    const first = new Set([...likely].filter((c) => charset.all.has(c)));
    const rest = new Set([...charset.all].filter((c) => !first.has(c)));
    const slices: [FontSlice, ReadonlySet<string>][] = [
      ['first', first],
      ['rest', rest],
    ];
    for (const [slice, set] of slices) {
      if (set.size === 0) continue;
      const data = await subsetFace(face, set);
      const hash = createHash('sha256').update(data).digest('hex').slice(0, 8);
      out.push({
        face,
        slice,
        fileName: `${face.slug}-${slice}-${hash}.woff2`,
        data,
        unicodeRange: unicodeRange(set),
        chars: sortedChars(set),
        sourceBytes: statSync(face.source).size,
      });
    }
  }
  return out;
}

/**
 * The whole source fonts, not subset: only for the benchmark's naive baseline
 * (`DECK_FONT_SUBSET=0`), to show what subsetting saves.
 */
export function fullDeckFonts(faces: readonly DeckFace[] = DECK_FACES): BuiltFontFile[] {
  return faces.map((face) => ({
    face,
    slice: 'first' as const,
    fileName: `${face.slug}-full.ttf`,
    data: readFileSync(face.source),
    unicodeRange: 'U+0-10FFFF',
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
        `src:url("${url(f)}") format("${f.fileName.endsWith('.ttf') ? 'truetype' : 'woff2'}");unicode-range:${f.unicodeRange}}`,
    )
    .join('\n');
}

export function sizeReport(files: readonly BuiltFontFile[]): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const lines = files.map(
    (f) => `  ${f.fileName.padEnd(44)} ${String([...f.chars].length).padStart(5)} chars  ${kb(f.data.length).padStart(10)}  (source ${f.face.sourceName}: ${(f.sourceBytes / 1048576).toFixed(1)} MB)`,
  );
  const first = files.filter((f) => f.slice === 'first').reduce((n, f) => n + f.data.length, 0);
  const total = files.reduce((n, f) => n + f.data.length, 0);
  const sources = [...new Set(files.map((f) => f.face))].reduce((n, f) => n + statSync(f.source).size, 0);
  lines.push(`  fonts: ${(sources / 1048576).toFixed(1)} MB of source fonts → ${kb(total)} subset (${kb(first)} preloaded; the "rest" slices load only if a page uses their characters, e.g. the notes)`);
  return lines.join('\n');
}
