/**
 * The deck model as the browser sees it, loaded in Node: the same slide
 * modules and the same parsed speech, as shown (src/model/shown.ts).
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ShownModel } from '../../src/model/shown.ts';
import type { Speech } from '../../src/model/speech.ts';
import type { Deck } from '../../src/model/types.ts';
import { deckDirOf } from '../lib/build.ts';
import { ExportError, msg } from './messages.ts';
import { registerRawLoader } from './raw-loader.ts';

export type DeckModel = ShownModel;

/** Loads the deck in `dir` (default: DECK_DIR or slides/): its index.ts and source/index.ts, as the build does. */
export async function loadModel(dir: string = deckDirOf()): Promise<DeckModel> {
  registerRawLoader();
  const at = (file: string): string => pathToFileURL(join(resolve(dir), file)).href;
  const [{ deck }, { speech }, { shownModel }, { assertValidDeck, DeckValidationError }] = await Promise.all([
    import(at('index.ts')) as Promise<{ deck: Deck }>,
    import(at('source/index.ts')) as Promise<{ speech: Speech }>,
    import('../../src/model/shown.ts'),
    import('../../src/model/validate.ts'),
  ]);
  try {
    assertValidDeck(deck, speech);
  } catch (e) {
    if (e instanceof DeckValidationError) throw new ExportError(msg.invalidDeck(e.message));
    throw e;
  }
  return shownModel(deck, speech);
}
