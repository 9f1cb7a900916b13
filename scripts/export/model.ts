/**
 * The deck model as the browser sees it, loaded in Node: the same slide
 * modules and the same parsed speech.
 */
import type { Speech } from '../../src/model/speech.ts';
import type { Deck, Slide } from '../../src/model/types.ts';
import { ExportError, msg } from './messages.ts';
import { registerRawLoader } from './raw-loader.ts';

export interface DeckModel {
  readonly deck: Deck;
  readonly speech: Speech;
  readonly slides: readonly Slide[];
}

export async function loadModel(): Promise<DeckModel> {
  registerRawLoader();
  const [{ deck }, { speech }, { deckSlides }, { assertValidDeck, DeckValidationError }] = await Promise.all([
    import('../../slides/index.ts'),
    import('../../slides/source/index.ts'),
    import('../../src/model/types.ts'),
    import('../../src/model/validate.ts'),
  ]);
  try {
    assertValidDeck(deck, speech);
  } catch (e) {
    if (e instanceof DeckValidationError) throw new ExportError(msg.invalidDeck(e.message));
    throw e;
  }
  return { deck, speech, slides: deckSlides(deck) };
}
