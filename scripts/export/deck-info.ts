/**
 * Names the exports show for parts and slides, all from the shown model
 * (src/model/shown.ts): the district name is already in; the speech
 * paragraphs stay verbatim.
 */
import { partHeading, slideTitle } from '../../src/model/shown.ts';
import type { DeckModel } from './model.ts';
import type { OutlineEntry, PdfMeta } from './outline.ts';

export function titleOf(model: DeckModel): (id: string) => string {
  const byId = new Map(model.slides.map((s) => [s.id, slideTitle(s, model.speech)]));
  return (id) => byId.get(id) ?? id;
}

export function pdfMeta(model: DeckModel): PdfMeta {
  const s = model.deck.settings;
  return {
    title: s.meetingTitle,
    author: s.speaker || undefined,
    subject: s.description,
    keywords: [s.meetingTitle, s.date].filter(Boolean),
  };
}

/** One outline entry per part of the speech, its slides beneath; `firstPage` maps a slide id to its first page. */
export function outlineFor(model: DeckModel, firstPage: (slideId: string) => number | undefined): OutlineEntry[] {
  const title = titleOf(model);
  const out: OutlineEntry[] = [];
  for (const section of model.deck.sections) {
    const children = section.slides
      .filter((s) => s.kind !== 'section')
      .map((s) => ({ title: title(s.id), page: firstPage(s.id) }))
      .filter((c): c is OutlineEntry => c.page !== undefined);
    const first = section.slides.map((s) => firstPage(s.id)).find((p) => p !== undefined);
    if (first === undefined) continue;
    out.push({ title: partHeading(section.part, model.speech), page: first, children });
  }
  return out;
}
