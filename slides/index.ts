/** The deck in speaking order: one module per section of the speech. */
import { defineDeck, type Deck } from '../src/model/types.ts';
import { opening } from './00-opening.ts';
import { part1 } from './01-part1.ts';
import { part2 } from './02-part2.ts';
import { part3 } from './03-part3.ts';
import { part4 } from './04-part4.ts';
import { part5 } from './05-part5.ts';
import { part6 } from './06-part6.ts';
import { closing } from './07-closing.ts';
import { checks } from './checks.ts';
import { settings } from './settings.ts';

/** Each numbered part opens with its divider, derived from the part (defineDeck). */
export const deck: Deck = defineDeck(settings, [opening, part1, part2, part3, part4, part5, part6, closing], checks);

