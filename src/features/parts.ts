/**
 * The parts of the speech as the presenting chrome shows them: the numeral
 * (一 … 六), the part's own title from the speech, and where it starts.
 */
import type { Speech } from '../model/speech.ts';
import { PART_NUMERALS } from '../model/speech.ts';
import type { Deck, PartKey } from '../model/types.ts';

export interface PartInfo {
  readonly part: PartKey;
  /** 一 … 六 for the six parts; null for the opening and the closing words. */
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

const OTHER_TITLES: Partial<Record<PartKey, string>> = { open: '开场', close: '结束语' };

export function partsOf(deck: Deck, speech: Speech): PartInfo[] {
  let index = 0;
  const out: PartInfo[] = [];
  for (const section of deck.sections) {
    const count = section.slides.length;
    if (count === 0) continue;
    const n = /^s([1-6])$/.exec(section.part);
    const numeral = n ? PART_NUMERALS[Number(n[1]) - 1] : null;
    const title = n ? speech.partTitles[section.part as keyof Speech['partTitles']] : (OTHER_TITLES[section.part] ?? section.part);
    out.push({ part: section.part, numeral, title, short: title.split(/[，,]/)[0], first: index, firstId: section.slides[0].id, slides: count });
    index += count;
  }
  return out;
}

/** The part a slide index belongs to, and the slide's position inside it. */
export function partAt(parts: readonly PartInfo[], slideIndex: number): { info: PartInfo; indexInPart: number } | null {
  for (const info of parts) if (slideIndex >= info.first && slideIndex < info.first + info.slides) return { info, indexInPart: slideIndex - info.first };
  return null;
}
