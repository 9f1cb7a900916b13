import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deck } from '../../slides/index.ts';
import { deckSlideIds } from '../../scripts/live/deck-ids.ts';
import { deckSlides } from '../../src/model/types.ts';
import {
  MAX_FRAGMENT,
  MAX_MESSAGE_BYTES,
  backoffDelay,
  parseClientMessage,
  parseServerMessage,
  parseState,
  type LiveState,
} from '../../src/features/live/protocol.ts';

const ids = deckSlideIds();
const KEY = 'A'.repeat(43);
const good: LiveState = { id: ids[5], index: 5, f: 1, blank: null };

describe('live protocol: client messages', () => {
  it('accepts the three well-formed messages', () => {
    expect(parseClientMessage(JSON.stringify({ t: 'auth', key: KEY }), ids)).toEqual({ t: 'auth', key: KEY });
    expect(parseClientMessage(JSON.stringify({ t: 'ping' }), ids)).toEqual({ t: 'ping' });
    expect(parseClientMessage(JSON.stringify({ t: 'state', s: good }), ids)).toEqual({ t: 'state', s: good });
    expect(parseClientMessage(JSON.stringify({ t: 'state', s: { ...good, blank: 'white', f: -1 } }), ids)).toEqual({ t: 'state', s: { ...good, blank: 'white', f: -1 } });
  });

  it('checks the slide against the deck: known id, its own index, fragment in range', () => {
    // The ids are the typed deck's, in order.
    expect(ids).toEqual(deckSlides(deck).map((s) => s.id));
    expect(ids.length).toBeGreaterThan(10);
    const bad: unknown[] = [
      { ...good, id: 'no-such-slide' },
      { ...good, index: 6 },
      { ...good, index: ids.length, id: ids[0] },
      { ...good, index: -1 },
      { ...good, index: 5.5 },
      { ...good, f: -2 },
      { ...good, f: MAX_FRAGMENT + 1 },
      { ...good, f: '1' },
      { ...good, blank: 'grey' },
      { ...good, blank: undefined },
      { ...good, extra: 1 },
      { id: good.id, index: 5, f: 1 },
    ];
    for (const s of bad) {
      expect(parseState(s, ids), JSON.stringify(s)).toBeNull();
      expect(parseClientMessage(JSON.stringify({ t: 'state', s }), ids)).toBeNull();
    }
    expect(parseState({ id: ids[70], index: 70, f: MAX_FRAGMENT, blank: 'black' }, ids)).not.toBeNull();
  });

  it('refuses malformed, oversized and unknown messages', () => {
    const bad = [
      '',
      'null',
      '[]',
      '"ping"',
      '{"t":"ping"',
      '{"t":"ping","x":1}',
      '{"t":"hello"}',
      '{"t":"auth"}',
      '{"t":"auth","key":"short"}',
      `{"t":"auth","key":"${KEY}!"}`,
      '{"t":"state"}',
      '{"t":"state","s":null}',
      '{"__proto__":{"t":"ping"}}',
      JSON.stringify({ t: 'ping', pad: 'x'.repeat(MAX_MESSAGE_BYTES) }),
    ];
    for (const raw of bad) expect(parseClientMessage(raw, ids), raw.slice(0, 60)).toBeNull();
    // Over the cap in bytes though not in characters.
    const wide = JSON.stringify({ t: 'state', s: { ...good, id: '页'.repeat(400) } });
    expect(wide.length).toBeLessThan(MAX_MESSAGE_BYTES);
    expect(parseClientMessage(wide, ['页'.repeat(400)])).toBeNull();
  });

  it('fuzz: arbitrary text and arbitrary JSON never throw, and only schema-exact messages pass', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (raw) => {
        const m = parseClientMessage(raw, ids);
        if (m !== null) expect(['auth', 'state', 'ping']).toContain(m.t);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => {
        const raw = JSON.stringify(v) ?? '';
        const m = parseClientMessage(raw, ids);
        if (m === null) return;
        // Whatever passes re-serialises to the same JSON: nothing extra slipped through.
        expect(JSON.parse(raw)).toEqual(m);
        if (m.t === 'state') expect(ids[m.s.index]).toBe(m.s.id);
      }),
      { numRuns: 2000 },
    );
  });

  it('fuzz: mutated valid states are accepted only when still within the deck', () => {
    const field = fc.oneof(fc.integer({ min: -5, max: 200 }), fc.double(), fc.string({ maxLength: 30 }), fc.constant(null), fc.boolean(), fc.constantFrom(...ids));
    fc.assert(
      fc.property(fc.record({ id: field, index: field, f: field, blank: fc.oneof(field, fc.constantFrom('black', 'white')) }), (s) => {
        const parsed = parseState(s, ids);
        const valid =
          typeof s.index === 'number' && Number.isInteger(s.index) && ids[s.index] === s.id &&
          typeof s.f === 'number' && Number.isInteger(s.f) && s.f >= -1 && s.f <= MAX_FRAGMENT &&
          (s.blank === null || s.blank === 'black' || s.blank === 'white');
        expect(parsed !== null).toBe(valid);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('live protocol: server messages', () => {
  it('parses what the server sends and nothing else', () => {
    expect(parseServerMessage('{"t":"welcome","role":"audience","audienceUrl":null}', ids)).toEqual({ t: 'welcome', role: 'audience', audienceUrl: null });
    expect(parseServerMessage('{"t":"welcome","role":"presenter","audienceUrl":"http://10.0.0.5:4173/?live"}', ids)?.t).toBe('welcome');
    expect(parseServerMessage(JSON.stringify({ t: 'state', s: good }), ids)).toEqual({ t: 'state', s: good });
    expect(parseServerMessage('{"t":"audience","n":12}', ids)).toEqual({ t: 'audience', n: 12 });
    for (const raw of ['{"t":"welcome","role":"admin","audienceUrl":null}', '{"t":"welcome","role":"audience","audienceUrl":"javascript:alert(1)"}', '{"t":"audience","n":-1}', '{"t":"state","s":{}}', 'x']) {
      expect(parseServerMessage(raw, ids), raw).toBeNull();
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (raw) => {
        expect(() => parseServerMessage(raw, ids)).not.toThrow();
      }),
    );
  });
});

describe('reconnect backoff', () => {
  it('grows exponentially to a cap, with jitter between a floor and the ceiling', () => {
    expect(backoffDelay(0, () => 0)).toBe(250);
    expect(backoffDelay(0, () => 1)).toBe(500);
    expect(backoffDelay(3, () => 1)).toBe(4000);
    expect(backoffDelay(10, () => 1)).toBe(8000);
    expect(backoffDelay(100, () => 1)).toBe(8000);
    const spread = new Set(Array.from({ length: 50 }, (_, i) => backoffDelay(4, () => i / 50)));
    expect(spread.size).toBe(50);
    for (const d of spread) expect(d).toBeGreaterThanOrEqual(250);
  });
});
