import type { Deck, Slide } from './types.ts';
import { deckSlides } from './types.ts';
import type { Speech } from './speech.ts';

export interface DeckProblem {
  readonly slideId: string;
  readonly slideIndex: number;
  readonly message: string;
}

const SLIDE_ID = /^[a-z0-9][a-z0-9-]*$/;

/** Checks what the renderer and the notes rely on. Returns every problem, not just the first. */
export function findDeckProblems(slides: readonly Slide[], speech: Speech): DeckProblem[] {
  const problems: DeckProblem[] = [];
  const seen = new Map<string, number>();
  slides.forEach((slide, i) => {
    const at = (message: string) => problems.push({ slideId: slide.id, slideIndex: i + 1, message });
    if (!SLIDE_ID.test(slide.id)) at(`幻灯片编号 "${slide.id}" 只能用小写字母、数字和连字符 / slide id must be lowercase, digits and hyphens`);
    const first = seen.get(slide.id);
    if (first !== undefined) at(`幻灯片编号 "${slide.id}" 与第 ${first} 张重复 / duplicate slide id (also slide ${first})`);
    else seen.set(slide.id, i + 1);
    if (slide.source.length === 0) at('没有标注讲话原文出处 / slide has no source paragraph');
    for (const id of slide.source) {
      if (!speech.byId.has(id)) at(`引用了不存在的段落 "${id}" / unknown source paragraph "${id}"`);
    }
  });
  return problems;
}

export class DeckValidationError extends Error {
  constructor(readonly problems: readonly DeckProblem[]) {
    super(
      `幻灯片数据有 ${problems.length} 处错误 / the deck has ${problems.length} problem(s):\n` +
        problems.map((p) => `  · 第 ${p.slideIndex} 张 [${p.slideId}]：${p.message}`).join('\n'),
    );
    this.name = 'DeckValidationError';
  }
}

export function assertValidDeck(deck: Deck, speech: Speech): void {
  const problems = findDeckProblems(deckSlides(deck), speech);
  if (problems.length) throw new DeckValidationError(problems);
}
