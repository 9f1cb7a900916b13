/**
 * Parses the speech text into paragraphs with stable ids.
 *
 * The received file has page-break artefacts: a paragraph may be split over
 * two lines mid-word, and two paragraphs may share one line (" 2、…"). The
 * rules below undo exactly those artefacts and nothing else, so each
 * paragraph's text is a verbatim substring of the file (whitespace aside).
 * docs/source-notes.md lists every place they apply.
 */

export type PartKey = 'open' | 's1' | 's2' | 's3' | 's4' | 's5' | 's6' | 'close';

export const PART_KEYS: readonly PartKey[] = ['open', 's1', 's2', 's3', 's4', 's5', 's6', 'close'];

export const PART_NUMERALS = ['一', '二', '三', '四', '五', '六'] as const;

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
  readonly partTitles: Readonly<Record<'s1' | 's2' | 's3' | 's4' | 's5' | 's6', string>>;
}

const HEADING = /^([一二三四五六])、(.+)$/;
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
  const partTitles: Partial<Record<string, string>> = {};
  let part: PartKey = 'open';
  let seq = 0;
  paras.forEach((p, idx) => {
    const heading = HEADING.exec(p.text);
    const isLast = idx === paras.length - 1;
    if (heading) {
      part = `s${PART_NUMERALS.indexOf(heading[1] as (typeof PART_NUMERALS)[number]) + 1}` as PartKey;
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
  for (const key of ['s1', 's2', 's3', 's4', 's5', 's6']) {
    if (!partTitles[key]) throw new SpeechFormatError(`讲话稿缺少第${PART_NUMERALS[Number(key[1]) - 1]}部分标题 / missing heading of part ${key}`);
  }
  const byId = new Map<string, Paragraph>();
  for (const p of paragraphs) {
    if (byId.has(p.id)) throw new SpeechFormatError(`段落编号重复 / duplicate paragraph id ${p.id}`);
    byId.set(p.id, p);
  }
  return { summary, paragraphs, byId, partTitles: partTitles as Speech['partTitles'] };
}
