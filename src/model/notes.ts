import type { Paragraph, Speech } from './speech.ts';
import type { Slide } from './types.ts';

/** The speech paragraphs a slide presents, in source order, verbatim. */
export function notesFor(slide: Slide, speech: Speech): Paragraph[] {
  const ids = new Set(slide.source);
  return speech.paragraphs.filter((p) => ids.has(p.id));
}

/** Plain-text notes: paragraphs separated by blank lines (PPTX notes, handouts). */
export function notesText(slide: Slide, speech: Speech): string {
  return notesFor(slide, speech)
    .map((p) => p.text)
    .join('\n\n');
}
