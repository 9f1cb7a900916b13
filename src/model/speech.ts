/**
 * Parses the speech text into paragraphs with stable ids.
 *
 * The received file has page-break artefacts: a paragraph may be split over
 * two lines mid-word, and two paragraphs may share one line (" 2、…"). The
 * rules below undo exactly those artefacts and nothing else, so each
 * paragraph's text is a verbatim substring of the file (whitespace aside).
 * docs/source-notes.md lists every place they apply.
 */

import { chineseNumeral, NUMERAL_CHARS, parseChineseNumeral } from './numerals.ts';

/** A numbered part of the speech: `s1` is the part headed 一、… ; as many as the speech has. */
export type NumberedPart = `s${number}`;

/** The opening words, the numbered parts, the closing words. */
export type PartKey = 'open' | NumberedPart | 'close';

/** The key of the part the speech numbers `n` (1-based). */
export function partKeyOf(n: number): NumberedPart {
  return `s${n}`;
}

/** The 1-based number of a numbered part; null for the opening and the closing. */
export function partNumber(part: PartKey): number | null {
  const m = /^s([1-9]\d*)$/.exec(part);
  return m ? Number(m[1]) : null;
}

export function isNumberedPart(part: PartKey): part is NumberedPart {
  return partNumber(part) !== null;
}

export type ParagraphKind = 'salutation' | 'heading' | 'body';

export interface Paragraph {
  /** Stable id: `open.1`, `s1.h` (part heading), `s1.i2` (numbered item 2), `s3.p1` (unnumbered), `close.1`. */
  readonly id: string;
  readonly part: PartKey;
  readonly kind: ParagraphKind;
  /** The item number the speech gives the paragraph (`2、…`), if any. */
  readonly item?: number;
  readonly text: string;
  /** 1-based line range in the source file it came from. */
  readonly lines: readonly [number, number];
}

export interface Speech {
  /** Line 1 of the file: a page summary cut off with "...", not body text. */
  readonly summary: string;
  readonly paragraphs: readonly Paragraph[];
  readonly byId: ReadonlyMap<string, Paragraph>;
  /** Part headings, keyed by part, without the numeral prefix. */
  readonly partTitles: Readonly<Record<NumberedPart, string>>;
  /** Every part in speaking order: `open`, `s1` … `sN`, `close`. */
  readonly parts: readonly PartKey[];
}

/** A part heading: a Chinese numeral, "、", the title (一、认真总结，…). */
const HEADING = new RegExp(`^([${NUMERAL_CHARS}]+)、(.+)$`);
const ITEM = /^(\d+)、/;
/** A line that ends like this closes its paragraph; anything else was cut by a page break. */
const CLOSED = /[。！？：”」]$/;

interface RawPara {
  text: string;
  lines: [number, number];
}

/** Joins page-break fragments and splits lines that hold two paragraphs. */
function rawParagraphs(lines: string[]): RawPara[] {
  const out: RawPara[] = [];
  let open: RawPara | null = null;
  lines.forEach((line, i) => {
    const no = i + 2; // body starts at file line 2
    const text = line.trim();
    if (!text) return;
    const continues = open !== null && (!CLOSED.test(open.text) || /^[。，；、]/.test(text));
    if (continues && open !== null) {
      open.text += text;
      open.lines[1] = no;
    } else {
      open = { text, lines: [no, no] };
      out.push(open);
    }
    if (HEADING.test(open.text)) open = null; // a part heading never continues onto the next line
  });
  // Split " 2、" run-ons: a numbered item glued to the end of the paragraph before it.
  return out.flatMap((p) =>
    p.text
      .split(/\s+(?=\d+、)/)
      .map((text) => ({ text: text.trim(), lines: [p.lines[0], p.lines[1]] as [number, number] })),
  );
}

export class SpeechFormatError extends Error {}

export function parseSpeech(raw: string): Speech {
  const all = raw.replace(/\r\n?/g, '\n').split('\n');
  const summary = (all[0] ?? '').trim();
  if (!summary.endsWith('...')) {
    throw new SpeechFormatError('讲话稿第 1 行应为以 "..." 截断的摘要行 / line 1 must be the truncated summary');
  }
  const paras = rawParagraphs(all.slice(1));
  const paragraphs: Paragraph[] = [];
  const partTitles: Partial<Record<NumberedPart, string>> = {};
  let numbered = 0;
  let part: PartKey = 'open';
  let seq = 0;
  paras.forEach((p, idx) => {
    const heading = HEADING.exec(p.text);
    const isLast = idx === paras.length - 1;
    if (heading) {
      // Parts are numbered 一, 二, 三 … in order: anything else is a misread heading, not a new part.
      const n = parseChineseNumeral(heading[1]);
      const expected = numbered + 1;
      if (n !== expected) {
        throw new SpeechFormatError(`第 ${p.lines[0]} 行的标题“${heading[1]}、”应为“${chineseNumeral(expected) ?? expected}、” / line ${p.lines[0]}: part heading out of order, expected part ${expected}`);
      }
      numbered = expected;
      part = partKeyOf(expected);
      seq = 0;
      partTitles[part] = heading[2];
      paragraphs.push({ id: `${part}.h`, part, kind: 'heading', text: p.text, lines: p.lines });
      return;
    }
    if (isLast && p.text.startsWith('同志们，')) {
      part = 'close';
      seq = 0;
    }
    const item = ITEM.exec(p.text);
    if (item && part !== 'open' && part !== 'close') {
      paragraphs.push({ id: `${part}.i${item[1]}`, part, kind: 'body', item: Number(item[1]), text: p.text, lines: p.lines });
      return;
    }
    seq += 1;
    const kind: ParagraphKind = p.text === '同志们：' ? 'salutation' : 'body';
    const id = part === 'open' || part === 'close' ? `${part}.${seq}` : `${part}.p${seq}`;
    paragraphs.push({ id, part, kind, text: p.text, lines: p.lines });
  });
  if (numbered === 0) throw new SpeechFormatError('讲话稿没有“一、……”这样的部分标题 / the speech has no numbered part headings');
  const byId = new Map<string, Paragraph>();
  for (const p of paragraphs) {
    if (byId.has(p.id)) throw new SpeechFormatError(`段落编号重复 / duplicate paragraph id ${p.id}`);
    byId.set(p.id, p);
  }
  const parts: PartKey[] = ['open', ...Array.from({ length: numbered }, (_, i) => partKeyOf(i + 1)), 'close'];
  return { summary, paragraphs, byId, partTitles: partTitles as Speech['partTitles'], parts };
}
