/**
 * The parts of the speech as the presenting chrome shows them: the numeral
 * (一 … 六), the part's own title from the speech, and where it starts.
 */
import { partName, partNumeral } from '../model/shown.ts';
import type { Speech } from '../model/speech.ts';
import type { Deck, PartKey } from '../model/types.ts';

export interface PartInfo {
  readonly part: PartKey;
  /** 一、二 … for the numbered parts; null for the opening and the closing words. */
  readonly numeral: string | null;
  /** The heading as the speech gives it, or 开场 / 结束语. */
  readonly title: string;
  /** The heading's first phrase (认真总结), for the discreet label. */
  readonly short: string;
  /** Index of the part's first slide in the deck, and its id. */
  readonly first: number;
  readonly firstId: string;
  readonly slides: number;
}

export function partsOf(deck: Deck, speech: Speech): PartInfo[] {
  let index = 0;
  const out: PartInfo[] = [];
  for (const section of deck.sections) {
    const count = section.slides.length;
    if (count === 0) continue;
    const title = partName(section.part, speech);
    out.push({ part: section.part, numeral: partNumeral(section.part), title, short: title.split(/[，,]/)[0], first: index, firstId: section.slides[0].id, slides: count });
    index += count;
  }
  return out;
}

/** The part a slide index belongs to, and the slide's position inside it. */
export function partAt(parts: readonly PartInfo[], slideIndex: number): { info: PartInfo; indexInPart: number } | null {
  for (const info of parts) if (slideIndex >= info.first && slideIndex < info.first + info.slides) return { info, indexInPart: slideIndex - info.first };
  return null;
}
