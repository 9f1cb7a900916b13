/** The deck's slide ids in order, from the typed deck the browser renders: the one list the live server validates against. */
import { deck } from '../../slides/index.ts';
import { deckSlides } from '../../src/model/types.ts';

export function deckSlideIds(): string[] {
  return deckSlides(deck).map((s) => s.id);
}
