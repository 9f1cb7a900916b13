/**
 * The live-session wire format, shared by the browser (presenter and
 * audience) and the live server (scripts/live/server.ts). Every message is
 * a small JSON object; both sides parse with these functions and drop (the
 * server: close) anything that does not fit exactly.
 */

/** Largest message either side accepts, in bytes (the server also sets ws maxPayload to it). */
export const MAX_MESSAGE_BYTES = 1024;
/** The WebSocket path on the live server. */
export const LIVE_PATH = '/live';
/** Query parameter the live server puts in the URLs it prints: its presence turns live mode on. */
export const LIVE_PARAM = 'live';
/** Hash parameter of the presenter URL: the secret never reaches the server in an HTTP request line. */
export const KEY_PARAM = 'key';
/** Highest fragment index accepted; no slide has nearly as many. */
export const MAX_FRAGMENT = 63;
/** Close codes: 1008 policy violation (RFC 6455) for any bad input; 1013 "try again later" when full. */
export const CLOSE_POLICY = 1008;
export const CLOSE_FULL = 1013;
/** Secret: 32 random bytes, base64url. */
export const KEY_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export type Blank = 'black' | 'white' | null;

/** What the audience follows: the presenter's slide, fragment and black/white screen. */
export interface LiveState {
  /** Slide id (a section id in the deck) and its index in deck order; both must agree. */
  readonly id: string;
  readonly index: number;
  /** Fragment index as reveal gives it; -1 when none is shown. */
  readonly f: number;
  readonly blank: Blank;
}

export type ClientMessage =
  | { readonly t: 'auth'; readonly key: string }
  | { readonly t: 'state'; readonly s: LiveState }
  | { readonly t: 'ping' };

export type ServerMessage =
  | { readonly t: 'welcome'; readonly role: 'presenter' | 'audience'; readonly audienceUrl: string | null }
  | { readonly t: 'state'; readonly s: LiveState }
  | { readonly t: 'audience'; readonly n: number }
  | { readonly t: 'pong' };

type Obj = Record<string, unknown>;

function isObj(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Exactly these keys, no more: an unknown key is as suspect as a missing one. */
function hasKeys(o: Obj, keys: readonly string[]): boolean {
  const own = Object.keys(o);
  return own.length === keys.length && keys.every((k) => Object.prototype.hasOwnProperty.call(o, k));
}

const intIn = (x: unknown, lo: number, hi: number): x is number => typeof x === 'number' && Number.isInteger(x) && x >= lo && x <= hi;

/** Parses JSON text no longer than the cap; null for anything else. */
function parseJson(raw: string): unknown {
  if (typeof raw !== 'string' || raw.length > MAX_MESSAGE_BYTES) return null;
  // Characters can take up to 3 bytes in UTF-8: measure exactly only when it could matter.
  if (raw.length * 3 > MAX_MESSAGE_BYTES && new TextEncoder().encode(raw).length > MAX_MESSAGE_BYTES) return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

/** A state is valid only for this deck: a known slide id at its own index, a fragment in range. */
export function parseState(x: unknown, ids: readonly string[]): LiveState | null {
  if (!isObj(x) || !hasKeys(x, ['id', 'index', 'f', 'blank'])) return null;
  const { id, index, f, blank } = x;
  if (typeof id !== 'string' || !intIn(index, 0, ids.length - 1) || ids[index] !== id) return null;
  if (!intIn(f, -1, MAX_FRAGMENT)) return null;
  if (blank !== null && blank !== 'black' && blank !== 'white') return null;
  return { id, index, f, blank };
}

export function parseClientMessage(raw: string, ids: readonly string[]): ClientMessage | null {
  const m = parseJson(raw);
  if (!isObj(m)) return null;
  switch (m.t) {
    case 'auth':
      return hasKeys(m, ['t', 'key']) && typeof m.key === 'string' && KEY_PATTERN.test(m.key) ? { t: 'auth', key: m.key } : null;
    case 'state': {
      if (!hasKeys(m, ['t', 's'])) return null;
      const s = parseState(m.s, ids);
      return s ? { t: 'state', s } : null;
    }
    case 'ping':
      return hasKeys(m, ['t']) ? { t: 'ping' } : null;
    default:
      return null;
  }
}

function isAudienceUrl(x: unknown): x is string | null {
  if (x === null) return true;
  if (typeof x !== 'string' || x.length > 200) return false;
  try {
    const u = new URL(x);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

export function parseServerMessage(raw: string, ids: readonly string[]): ServerMessage | null {
  const m = parseJson(raw);
  if (!isObj(m)) return null;
  switch (m.t) {
    case 'welcome':
      return hasKeys(m, ['t', 'role', 'audienceUrl']) && (m.role === 'presenter' || m.role === 'audience') && isAudienceUrl(m.audienceUrl)
        ? { t: 'welcome', role: m.role, audienceUrl: m.audienceUrl }
        : null;
    case 'state': {
      if (!hasKeys(m, ['t', 's'])) return null;
      const s = parseState(m.s, ids);
      return s ? { t: 'state', s } : null;
    }
    case 'audience':
      return hasKeys(m, ['t', 'n']) && intIn(m.n, 0, 1_000_000) ? { t: 'audience', n: m.n } : null;
    case 'pong':
      return hasKeys(m, ['t']) ? { t: 'pong' } : null;
    default:
      return null;
  }
}

/** Reconnect delay: exponential backoff with full jitter, so a hall of phones does not return in one wave. */
export function backoffDelay(attempt: number, random: () => number = Math.random, base = 500, cap = 8000): number {
  const ceiling = Math.min(cap, base * 2 ** Math.max(0, Math.min(attempt, 16)));
  // At least base/2, so a dead server is never hammered.
  return Math.round(base / 2 + random() * (ceiling - base / 2));
}
