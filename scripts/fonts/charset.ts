/**
 * The characters the deck can show: the speech (the notes carry all of it),
 * the slide modules and settings, and every string in the app's code (help,
 * buttons, error messages), read from the built bundle when there is one.
 *
 * The set is split in two: characters a slide or the interface may show
 * (`slides`) and characters only the speech notes use (`notesOnly`). Both are
 * in every face; the split only lets the browser fetch the notes slice when
 * notes are actually shown (speaker view), via unicode-range.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { relative } from 'node:path';
import { deck as defaultDeck } from '../../slides/index.ts';
import { NUMERAL_CHARS } from '../../src/model/numerals.ts';
import { parseSpeech } from '../../src/model/speech.ts';
import type { Deck } from '../../src/model/types.ts';
import { projectRoot } from '../lib/build.ts';

/** The deck whose characters to collect and its folder (index.ts, source/speech.txt). */
export interface DeckSource {
  readonly deck: Deck;
  readonly dir: string;
}

export interface DeckCharset {
  /** Everything the deck may show, notes included: every face covers all of it. */
  readonly all: ReadonlySet<string>;
  /** What slides and the interface may show in body text (the rest is notes only). */
  readonly slides: ReadonlySet<string>;
  readonly notesOnly: ReadonlySet<string>;
  /** Likely set in the title serif: titles, headlines, quotes, figures, part titles, chart text. */
  readonly titles: ReadonlySet<string>;
  /** Likely set in bold sans: emphasised words, card labels, chart text. */
  readonly bold: ReadonlySet<string>;
}

/** Slide fields drawn in the title serif, and in bold sans (see deck.css); a guess that only decides what loads first. */
const TITLE_KEYS = new Set(['title', 'headline', 'lines', 'heading', 'value', 'unit', 'meetingTitle']);
const BOLD_KEYS = new Set(['emphasis', 'label']);
const CHART_KEYS = new Set(['chart', 'aside']);

/** Strings under the given keys of a plain data tree (the slide model). */
export function stringsUnder(node: unknown, keys: ReadonlySet<string>, inside = false, out: string[] = []): string[] {
  if (typeof node === 'string') {
    if (inside) out.push(node);
  } else if (Array.isArray(node)) {
    for (const v of node) stringsUnder(v, keys, inside, out);
  } else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) stringsUnder(v, keys, inside || keys.has(k), out);
  }
  return out;
}

/** Always in the slide slice: Latin, digits and the usual Chinese punctuation, so numbers and URLs never fall back. */
export const BASE_CHARS =
  Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('') +
  '，。、；：？！“”‘’（）《》〈〉【】「」『』—…·％～×÷±≤≥→←↑↓•●○■□▲△①②③④⑤⑥⑦⑧⑨⑩　';

/** Characters worth a glyph: no controls, surrogates, BOM or variation selectors. */
export function isGlyphChar(c: string): boolean {
  const cp = c.codePointAt(0) ?? 0;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return false;
  if (cp === 0xfeff || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xd800 && cp <= 0xdfff)) return false;
  if ((cp >= 0x200b && cp <= 0x200f) || cp === 0x2060) return false; // zero-width: no glyph drawn
  if (cp >= 0xe000 && cp <= 0xf8ff) return false;
  return true;
}

export function charsOf(text: string, into = new Set<string>()): Set<string> {
  for (const c of text) if (isGlyphChar(c)) into.add(c);
  return into;
}

/** Undoes JS string escapes (\uXXXX, \u{X}, \xXX) so escaped literals in a minified bundle count too. */
export function decodeJsEscapes(code: string): string {
  return code.replace(/\\u\{([0-9a-fA-F]{1,6})\}|\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})/g, (_: string, a?: string, b?: string, c?: string) =>
    String.fromCodePoint(parseInt(a ?? b ?? c ?? '', 16)),
  );
}

function walk(dir: string, exts: readonly string[], out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, exts, out);
    else if (exts.some((e) => name.endsWith(e))) out.push(p);
  }
  return out;
}

/** Every string literal and template text in a TS file (comments are not text the audience sees). */
export function stringLiterals(source: string, fileName = 'x.ts'): string[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      out.push(node.text);
    }
    node.forEachChild(visit);
  };
  visit(sf);
  return out;
}

/** Strings of the app's interface and slide modules, from source: TS literals, CSS `content`, index.html text. */
export function sourceUiText(root = projectRoot, dirs: readonly string[] = ['src', 'slides'], skip?: RegExp): string {
  const parts: string[] = [];
  const files = dirs.flatMap((d) => walk(join(root, d), d === 'src' ? ['.ts', '.css'] : ['.ts'])).filter((f) => !skip?.test(f));
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    if (f.endsWith('.css')) parts.push(text.replace(/\/\*[\s\S]*?\*\//g, ''));
    else parts.push(...stringLiterals(text, f));
  }
  parts.push(readFileSync(join(root, 'index.html'), 'utf8').replace(/<!--[\s\S]*?-->/g, ''));
  return parts.join('\n');
}

export function speechText(root = projectRoot, dir = join(root, 'slides')): string {
  return readFileSync(join(dir, 'source/speech.txt'), 'utf8');
}

/**
 * Collects the deck's characters. `bundleTexts` are the built JS/CSS/HTML
 * files: whatever string ends up in the bundle is covered, even one this
 * function does not know where it came from.
 */
export function collectCharset(bundleTexts: readonly string[] = [], root = projectRoot, source: DeckSource = { deck: defaultDeck, dir: join(root, 'slides') }): DeckCharset {
  const { deck } = source;
  const speechRaw = speechText(root, source.dir);
  const speech = parseSpeech(speechRaw);
  const speechChars = charsOf(speechRaw);

  const slides = charsOf(BASE_CHARS);
  charsOf(JSON.stringify(deck), slides);
  charsOf(sourceUiText(root, ['src', relative(root, source.dir)]), slides);
  // Part headings are drawn on the divider slides from the speech itself.
  for (const p of speech.paragraphs) if (p.kind === 'heading') charsOf(p.text, slides);
  for (const t of Object.values(speech.partTitles)) charsOf(t, slides);

  const bundle = new Set<string>();
  for (const t of bundleTexts) charsOf(decodeJsEscapes(t), bundle);
  // A bundle character the speech does not have came from code or a library: the interface may show it.
  for (const c of bundle) if (!speechChars.has(c)) slides.add(c);

  const all = new Set<string>([...slides, ...speechChars, ...bundle]);
  const notesOnly = new Set<string>([...all].filter((c) => !slides.has(c)));
  // Chart text (model and builders) and the slide renderers' strings may be drawn in any face.
  // Interface strings (src/features: help, speaker view, menus) are body text: in the title and
  // bold faces they go to the lazily loaded slice, which keeps the first load small.
  // Chinese numerals: the divider numerals and the counts charts draw (三年).
  // A chart type's PowerPoint form (src/charts/types/<type>/pptx.ts) is Office text, never drawn in the page.
  const shared = BASE_CHARS + NUMERAL_CHARS + stringsUnder(deck, CHART_KEYS).join('') + sourceUiText(root, ['src/charts', 'src/render'], /[\\/]pptx\.ts$/);
  const titles = charsOf(shared + stringsUnder(deck, TITLE_KEYS).join('') + Object.values(speech.partTitles).join(''));
  const bold = charsOf(shared + stringsUnder(deck, BOLD_KEYS).join(''));
  // Symbols and spaces (no-break space, minus, arrows, quotes) are cheap: every face gets all the slides use.
  for (const c of slides) {
    const cp = c.codePointAt(0)!;
    if (cp < 0x2e80 || (cp >= 0xff00 && cp <= 0xffef) || (cp >= 0x3000 && cp <= 0x303f)) {
      titles.add(c);
      bold.add(c);
    }
  }
  return { all, slides, notesOnly, titles, bold };
}

/** `U+20-7E,U+4E00,…`: sorted code points, consecutive runs merged. */
export function unicodeRange(chars: Iterable<string>): string {
  const cps = [...new Set([...chars].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < cps.length; i++) {
    const start = cps[i];
    while (i + 1 < cps.length && cps[i + 1] === cps[i] + 1) i++;
    const hex = (n: number) => n.toString(16).toUpperCase();
    out.push(start === cps[i] ? `U+${hex(start)}` : `U+${hex(start)}-${hex(cps[i])}`);
  }
  return out.join(',');
}

/** Sorted, for stable cache keys and file hashes. */
export function sortedChars(chars: Iterable<string>): string {
  return [...new Set(chars)].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}
