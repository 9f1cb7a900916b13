/** The speech, as received, parsed once. The only place its wording lives. */
import { parseSpeech } from '../../src/model/speech.ts';
import raw from './speech.txt?raw';

export const speech = parseSpeech(raw);
