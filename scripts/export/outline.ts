/**
 * PDF post-processing with @cantoo/pdf-lib (the maintained pdf-lib fork): document metadata from the deck settings
 * and an outline (bookmarks): one entry per part of the speech, with the
 * slides of that part under it.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFRef } from '@cantoo/pdf-lib';

export interface OutlineEntry {
  readonly title: string;
  /** 0-based page index. */
  readonly page: number;
  readonly children?: readonly OutlineEntry[];
}

export interface PdfMeta {
  readonly title: string;
  readonly author?: string;
  readonly subject?: string;
  readonly keywords?: readonly string[];
}

function addEntries(doc: PDFDocument, parent: PDFRef, entries: readonly OutlineEntry[]): { first: PDFRef; last: PDFRef; count: number } {
  const refs = entries.map(() => doc.context.nextRef());
  const pages = doc.getPages();
  let count = 0;
  entries.forEach((e, i) => {
    const dict = doc.context.obj({});
    dict.set(PDFName.of('Title'), PDFHexString.fromText(e.title));
    dict.set(PDFName.of('Parent'), parent);
    if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]);
    if (i < refs.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]);
    const dest = PDFArray.withContext(doc.context);
    dest.push(pages[Math.min(e.page, pages.length - 1)].ref);
    dest.push(PDFName.of('Fit'));
    dict.set(PDFName.of('Dest'), dest);
    count += 1;
    if (e.children?.length) {
      const sub = addEntries(doc, refs[i], e.children);
      dict.set(PDFName.of('First'), sub.first);
      dict.set(PDFName.of('Last'), sub.last);
      // Negative: closed by default, so the reader shows the parts first.
      dict.set(PDFName.of('Count'), PDFNumber.of(-sub.count));
    }
    doc.context.assign(refs[i], dict);
  });
  return { first: refs[0], last: refs[refs.length - 1], count };
}

/** Page index of each named destination Chromium wrote (one per linked-to element id). */
export function namedDestinations(doc: PDFDocument): Map<string, number> {
  const out = new Map<string, number>();
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (!dests) return out;
  const pages = doc.getPages().map((p) => p.ref.toString());
  for (const [name, value] of dests.entries()) {
    const arr = value instanceof PDFArray ? value : doc.context.lookupMaybe(value, PDFArray);
    const at = arr ? pages.indexOf(arr.get(0).toString()) : -1;
    if (at >= 0) out.set(name.decodeText(), at);
  }
  return out;
}

export async function finishPdf(
  bytes: Uint8Array,
  meta: PdfMeta,
  outlineOrFromDests: readonly OutlineEntry[] | ((dests: Map<string, number>) => readonly OutlineEntry[]),
): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const outline = typeof outlineOrFromDests === 'function' ? outlineOrFromDests(namedDestinations(doc)) : outlineOrFromDests;
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author) doc.setAuthor(meta.author);
  if (meta.subject) doc.setSubject(meta.subject);
  if (meta.keywords?.length) doc.setKeywords([...meta.keywords]);
  doc.setLanguage('zh-CN');
  doc.setCreator('npm run export');
  if (outline.length) {
    const root = doc.context.nextRef();
    const { first, last, count } = addEntries(doc, root, outline);
    doc.context.assign(root, doc.context.obj({ Type: 'Outlines', First: first, Last: last, Count: count }));
    doc.catalog.set(PDFName.of('Outlines'), root);
    doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  }
  return { bytes: await doc.save({ useObjectStreams: false }), pages: doc.getPageCount() };
}
