/**
 * Glyph coverage: every character the deck shows — on slides, in the speech
 * notes and in the interface's strings — has a glyph in every bundled subset
 * face. A missing glyph fails and names the character and where it is used.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { deck } from '../../slides/index.ts';
import { speech } from '../../slides/source/index.ts';
import { charsOf, collectCharset, isGlyphChar, stringLiterals } from '../../scripts/fonts/charset.ts';
import { fontCodepoints } from '../../scripts/fonts/cmap.ts';
import { DECK_FACES } from '../../scripts/fonts/faces.ts';
import { buildDeckFonts, subsetFace, type BuiltFontFile, type FontPlan } from '../../scripts/fonts/subset.ts';
import { projectRoot } from '../../scripts/lib/build.ts';
import { deckSlides } from '../../src/model/types.ts';
import { withDistrictNameIn } from '../../src/model/district.ts';

/** Character → where it is first used, for the failure message. */
type Required = Map<string, string>;

function need(into: Required, text: string, where: string): void {
  for (const c of text) if (isGlyphChar(c) && !into.has(c)) into.set(c, where);
}

function strings(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) for (const v of node) strings(v, out);
  else if (node && typeof node === 'object') for (const v of Object.values(node)) strings(v, out);
  return out;
}

function tsFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) tsFiles(p, out);
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** What the audience and the presenter can see, gathered independently of the font pipeline. */
function requiredChars(): Required {
  const req: Required = new Map();
  for (const slide of deckSlides(deck)) need(req, strings(slide).join(''), `slide "${slide.id}"`);
  need(req, strings(deck.settings).join(''), 'slides/settings.ts');
  for (const p of speech.paragraphs) need(req, p.text, `speech ${p.id} (notes)`);
  for (const [part, title] of Object.entries(speech.partTitles)) need(req, title, `part title ${part}`);
  for (const f of tsFiles(join(projectRoot, 'src'))) {
    need(req, stringLiterals(readFileSync(f, 'utf8'), f).join(''), relative(projectRoot, f));
  }
  return req;
}

function describeMissing(req: Required, cps: ReadonlySet<number>): string[] {
  return [...req]
    .filter(([c]) => !cps.has(c.codePointAt(0)!))
    .map(([c, where]) => `「${c}」U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} used in ${where}`);
}

describe('bundled Chinese fonts', () => {
  let files: BuiltFontFile[];
  let plan: FontPlan;
  const req = requiredChars();

  beforeAll(async () => {
    ({ files, plan } = await buildDeckFonts(collectCharset()));
  }, 120_000);

  it('gathers a real set of characters to check', () => {
    expect(req.size).toBeGreaterThan(900);
    expect(req.has('跨')).toBe(true);
  });

  for (const face of DECK_FACES) {
    it(`${face.family} ${face.weight} has a glyph for every character of slides, notes and interface`, async () => {
      const cps = new Set<number>();
      const mine = files.filter((f) => f.face === face);
      expect(mine.length).toBeGreaterThan(0);
      for (const f of mine) for (const cp of await fontCodepoints(f.data)) cps.add(cp);
      expect(describeMissing(req, cps)).toEqual([]);
    });
  }

  it('names a character that a font lacks (the check can fail)', async () => {
    const subset = await subsetFace(DECK_FACES[0], charsOf('全力推进发展新越'));
    const probe: Required = new Map([
      ['全', 'probe'],
      ['跨', 'slide "cover"'],
    ]);
    expect(describeMissing(probe, await fontCodepoints(subset))).toEqual(['「跨」U+8DE8 used in slide "cover"']);
  });

  it('cuts each face into disjoint slices, the cover alone in the first', () => {
    for (const face of DECK_FACES) {
      const mine = files.filter((f) => f.face === face);
      const owner = new Map<string, string>();
      for (const f of mine) for (const c of f.chars) {
        expect(owner.get(c), `「${c}」 in ${owner.get(c)} and ${f.fileName}`).toBeUndefined();
        owner.set(c, f.fileName);
      }
      expect(mine[0].slice).toBe('s0');
      expect(mine.length).toBeGreaterThan(4);
    }
  });

  it('names, for every slide, slices holding each glyph it shows (notes aside)', () => {
    const byId = new Map(deckSlides(deck).map((s) => [s.id, s]));
    expect(plan.slides.map(([id]) => id)).toEqual([...byId.keys()]);
    const sliced = DECK_FACES.map((face) => files.filter((f) => f.face === face).map((f) => new Set([...f.chars])));
    // A probe character lies in the slice it stands for: loading it fetches that slice.
    DECK_FACES.forEach((_, i) => expect(plan.faces[i].probe.every((p, n) => sliced[i][n].has(p))).toBe(true));
    for (const [id, ...slices] of plan.slides) {
      const planned = new Set(slices.flatMap((list, i) => list.flatMap((n) => [...sliced[i][n]])));
      // Every Chinese character of the slide's model, as shown (the district name in).
      const shown = charsOf(strings(withDistrictNameIn(byId.get(id), deck.settings.districtName)).join(''));
      const loose = [...shown].filter((c) => /\p{Script=Han}/u.test(c) && !planned.has(c));
      expect(loose, `slide "${id}": glyphs in no slice planned for it`).toEqual([]);
    }
  });

  it('subsets: each face is far smaller than its source font', () => {
    for (const f of files) expect(f.data.length, f.fileName).toBeLessThan(f.sourceBytes / 20);
  });
});
