/**
 * The speaker view's keys, from the deck's one key table (keys.ts, mode
 * 'speaker'). A clicker talks to whichever window has focus, so the paging
 * keys and B/W send their command to the deck window; + and − size the
 * speech text here.
 */
import { isTyping, KeyMap } from '../keymap.ts';
import type { Mode } from '../keys.ts';
import type { Command } from './protocol.ts';

export interface SpeakerKeyActions {
  /** Sends a command to the deck window. */
  command(c: Command): void;
  notesLarger(): void;
  notesSmaller(): void;
}

export function speakerKeys(to: SpeakerKeyActions): KeyMap {
  const keys = new KeyMap();
  for (const type of ['next', 'prev', 'first', 'last'] as const) keys.handle(type, () => to.command({ type }));
  keys.handle('black', () => to.command({ type: 'blank', mode: 'black' }));
  keys.handle('white', () => to.command({ type: 'blank', mode: 'white' }));
  keys.handle('notes-larger', () => to.notesLarger());
  keys.handle('notes-smaller', () => to.notesSmaller());
  return keys;
}

/** The mode the speaker view's keys are looked up in: a text field keeps its keys. */
export function speakerMode(): Mode {
  return isTyping(document.activeElement) ? 'typing' : 'speaker';
}

/** The footer's hint: each key the speaker view answers to, as the table names it. */
export function keyHint(keys: KeyMap): string {
  return keys
    .helpFor('speaker')
    .map((h) => `${h.keys.join(' / ')} ${h.short ?? h.what}`)
    .join(' · ');
}
