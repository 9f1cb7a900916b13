/**
 * The deck as shown: how a part is numbered and named, what a slide is
 * called, where its words come from, and the district-name rule applied once.
 * The renderer, the speaker view, the presenting chrome and every export read
 * these, so a slide is named the same way on screen, in a PPTX and in a PDF
 * outline.
 */
import { withDistrictNameIn } from './district.ts';
import { chineseNumeral } from './numerals.ts';
import { partNumber, type NumberedPart, type PartKey, type Speech } from './speech.ts';
import { deckSlides, type Deck, type Slide } from './types.ts';

/** The numeral a part is shown with (一 … 十九); null for the opening and the closing words. */
export function partNumeral(part: NumberedPart): string;
export function partNumeral(part: PartKey): string | null;
export function partNumeral(part: PartKey): string | null {
  const n = partNumber(part);
  return n === null ? null : (chineseNumeral(n) ?? String(n));
}

/** The part's name without its numeral: the speech's heading, or 开场 / 结束语. */
export function partName(part: PartKey, speech: Speech): string {
  if (part === 'open') return '开场';
  if (part === 'close') return '结束语';
  return speech.partTitles[part];
}

/** The part as the speech writes its heading: 一、认真总结，… ; 开场 and 结束语 as they are. */
export function partHeading(part: PartKey, speech: Speech): string {
  const numeral = partNumeral(part);
  return numeral === null ? partName(part, speech) : `${numeral}、${partName(part, speech)}`;
}

/** The visible title of a slide, for logs, outlines, PPTX and captions in exports. */
export function slideTitle(slide: Slide, speech: Speech): string {
  switch (slide.kind) {
    case 'section':
      return partHeading(slide.part, speech);
    case 'quote':
    case 'closing':
      return slide.lines[0] ?? slide.id;
    default:
      return slideCaption(slide, speech);
  }
}

/** A one-line caption of a slide for the speaker view: a divider by its part's name alone (the numeral is in the preview). */
export function slideCaption(slide: Slide, speech: Speech): string {
  switch (slide.kind) {
    case 'cover':
      return slide.headline;
    case 'section':
      return partName(slide.part, speech);
    case 'quote':
    case 'closing':
      return slide.lines[0] ?? '';
    default:
      return slide.title;
  }
}

function itemList(items: number[]): string {
  const sorted = [...new Set(items)].sort((a, b) => a - b);
  const consecutive = sorted.length > 2 && sorted.every((n, i) => i === 0 || n === sorted[i - 1] + 1);
  return consecutive ? `${sorted[0]}—${sorted[sorted.length - 1]}` : sorted.join('、');
}

/**
 * Where in the speech a slide's words come from ("讲话第二部分第2条"), from the
 * paragraph ids it cites. For the data table and the speaker, never for the
 * projected slide: the speaker is the source.
 */
export function sourceLabel(ids: readonly string[], speech: Speech): string {
  const byPart = new Map<PartKey, number[]>();
  for (const p of speech.paragraphs) {
    if (!ids.includes(p.id)) continue;
    const list = byPart.get(p.part) ?? [];
    if (p.item !== undefined) list.push(p.item);
    byPart.set(p.part, list);
  }
  const parts = [...byPart.entries()].map(([part, items]) => {
    const numeral = partNumeral(part);
    const name = numeral === null ? partName(part, speech) : `第${numeral}部分`;
    return items.length ? `${name}第${itemList(items)}条` : name;
  });
  return `讲话${parts.join('、')}`;
}

/**
 * The model as the audience sees it: every slide string, the settings and the
 * part titles with "**" replaced by settings.districtName (district.ts), once;
 * the speech paragraphs (the notes) verbatim. Built at each entry point (the
 * deck and speaker windows, the exports, the build's link preview) and handed
 * on, so nothing downstream applies the rule again.
 */
declare const shown: unique symbol;

export interface ShownModel {
  /** Only shownModel() makes one: a raw deck cannot be handed where the shown one is meant. */
  readonly [shown]: true;
  readonly deck: Deck;
  readonly speech: Speech;
  readonly slides: readonly Slide[];
}

export function shownModel(deck: Deck, speech: Speech): ShownModel {
  const name = deck.settings.districtName;
  const shownDeck = withDistrictNameIn(deck, name);
  const model: Omit<ShownModel, typeof shown> = {
    deck: shownDeck,
    // A new object only for the titles: paragraphs and byId stay the very same verbatim records.
    speech: { ...speech, partTitles: withDistrictNameIn(speech.partTitles, name) },
    slides: deckSlides(shownDeck),
  };
  return model as ShownModel;
}
