/**
 * Names the exports show for parts and slides, all from the model. Shown
 * text follows settings.districtName as the slides do (src/render/district.ts);
 * the speech paragraphs stay verbatim.
 */
import { PART_NUMERALS, type PartKey } from '../../src/model/speech.ts';
import { slideTitle } from '../../src/export/pptx/index.ts';
import { withDistrictNameIn } from '../../src/render/district.ts';
import type { DeckSettings } from '../../src/model/types.ts';
import type { DeckModel } from './model.ts';
import type { OutlineEntry, PdfMeta } from './outline.ts';

export function partTitle(part: PartKey, model: DeckModel): string {
  if (part === 'open') return '开场';
  if (part === 'close') return '结束语';
  return shown(`${PART_NUMERALS[Number(part.slice(1)) - 1]}、${model.speech.partTitles[part]}`, model);
}

/** A text as the slides show it: "**" becomes the district name once it is set. */
export function shown(text: string, model: DeckModel): string {
  return withDistrictNameIn(text, model.deck.settings.districtName);
}

/** The settings as the slides show them (meeting title, description…). */
export function shownSettings(model: DeckModel): DeckSettings {
  return withDistrictNameIn(model.deck.settings, model.deck.settings.districtName);
}

export function titleOf(model: DeckModel): (id: string) => string {
  const byId = new Map(model.slides.map((s) => [s.id, shown(slideTitle(s, model.speech), model)]));
  return (id) => byId.get(id) ?? id;
}

export function pdfMeta(model: DeckModel): PdfMeta {
  const s = shownSettings(model);
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
    out.push({ title: partTitle(section.part, model), page: first, children });
  }
  return out;
}
