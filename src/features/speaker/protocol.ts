/**
 * Messages between the deck window, the speaker view and its previews.
 * Carried by postMessage through `window.opener` / the preview iframes
 * (works for pages opened from disk) and by BroadcastChannel when the
 * speaker view has no opener (e.g. opened by hand over http).
 */
import type { ClockState } from '../pacing.ts';
import type { LiveInfo } from '../live/status.ts';

export const CHANNEL = 'deck-speaker-v1';

export type BlankState = 'black' | 'white' | null;

export type Command =
  | { readonly type: 'next' | 'prev' | 'first' | 'last' }
  | { readonly type: 'goto'; readonly index: number }
  | { readonly type: 'blank'; readonly mode: 'black' | 'white' }
  | { readonly type: 'clock'; readonly op: 'toggle' | 'reset' };

/** What the deck window tells the speaker view, whole, each time something changes. */
export interface DeckState {
  /** Index of the current slide in the deck (0-based) and the number of slides. */
  readonly index: number;
  readonly total: number;
  readonly slideId: string;
  readonly h: number;
  readonly v: number;
  /** Current fragment index as reveal gives it (-1: none shown yet). */
  readonly f: number;
  readonly fragments: { readonly shown: number; readonly total: number };
  readonly blank: BlankState;
  readonly overview: boolean;
  readonly aspect: '16x9' | '4x3';
  readonly clock: ClockState;
  /** The live session this deck window presents to (npm run live), if any. */
  readonly live?: LiveInfo | null;
}

export type Message =
  | { readonly ns: typeof CHANNEL; readonly kind: 'hello'; readonly first: boolean }
  | { readonly ns: typeof CHANNEL; readonly kind: 'state'; readonly state: DeckState }
  | { readonly ns: typeof CHANNEL; readonly kind: 'command'; readonly id: string; readonly command: Command }
  | { readonly ns: typeof CHANNEL; readonly kind: 'bye' }
  | { readonly ns: typeof CHANNEL; readonly kind: 'preview-ready' }
  | { readonly ns: typeof CHANNEL; readonly kind: 'show'; readonly h: number; readonly v: number; readonly f: number };

type Body<K extends Message['kind']> = Omit<Extract<Message, { kind: K }>, 'ns'>;

export function message<K extends Message['kind']>(body: Body<K> & { kind: K }): Message {
  return { ns: CHANNEL, ...body } as Message;
}

const int = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);

export function isCommand(x: unknown): x is Command {
  if (!x || typeof x !== 'object') return false;
  const c = x as Record<string, unknown>;
  switch (c.type) {
    case 'next':
    case 'prev':
    case 'first':
    case 'last':
      return true;
    case 'goto':
      return int(c.index) && c.index >= 0;
    case 'blank':
      return c.mode === 'black' || c.mode === 'white';
    case 'clock':
      return c.op === 'toggle' || c.op === 'reset';
    default:
      return false;
  }
}

/** Accepts only well-formed messages of this deck; anything else on the channel is ignored. */
export function isMessage(x: unknown): x is Message {
  if (!x || typeof x !== 'object') return false;
  const m = x as Record<string, unknown>;
  if (m.ns !== CHANNEL) return false;
  switch (m.kind) {
    case 'hello':
      return typeof m.first === 'boolean';
    case 'state':
      return !!m.state && typeof m.state === 'object' && typeof (m.state as DeckState).slideId === 'string' && int((m.state as DeckState).index);
    case 'command':
      return typeof m.id === 'string' && isCommand(m.command);
    case 'bye':
    case 'preview-ready':
      return true;
    case 'show':
      return int(m.h) && int(m.v) && int(m.f);
    default:
      return false;
  }
}

/**
 * postMessage origin check: same origin over http; between pages opened from
 * disk, Chromium reports the sender as "null" while `location.origin` reads "file://".
 */
export function trustedOrigin(origin: string, own: string): boolean {
  const local = (o: string) => o === 'null' || o.startsWith('file:');
  return origin === own || (local(own) && local(origin));
}
