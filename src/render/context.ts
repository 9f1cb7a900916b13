import type { Speech } from '../model/speech.ts';
import type { DeckSettings } from '../model/types.ts';

/** What every slide renderer may read. */
export interface RenderContext {
  readonly speech: Speech;
  readonly settings: DeckSettings;
}
