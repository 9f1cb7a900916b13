import { describe, expect, it } from 'vitest';
import { CHANNEL, isCommand, isMessage, message, trustedOrigin } from '../../../src/features/speaker/protocol.ts';

describe('speaker view messages', () => {
  it('accepts its own well-formed messages', () => {
    expect(isMessage(message({ kind: 'hello', first: true }))).toBe(true);
    expect(isMessage(message({ kind: 'command', id: 'a', command: { type: 'goto', index: 3 } }))).toBe(true);
    expect(isMessage(message({ kind: 'show', h: 2, v: 0, f: -1 }))).toBe(true);
    expect(isMessage({ ns: CHANNEL, kind: 'bye' })).toBe(true);
  });

  it('ignores anything else on the channel', () => {
    expect(isMessage(null)).toBe(false);
    expect(isMessage('next')).toBe(false);
    expect(isMessage({ kind: 'hello', first: true })).toBe(false);
    expect(isMessage({ ns: CHANNEL, kind: 'command', id: 'a', command: { type: 'goto', index: -1 } })).toBe(false);
    expect(isMessage({ ns: CHANNEL, kind: 'command', id: 'a', command: { type: 'eval' } })).toBe(false);
    expect(isMessage({ ns: CHANNEL, kind: 'show', h: 1.5, v: 0, f: 0 })).toBe(false);
    expect(isMessage({ ns: CHANNEL, kind: 'state', state: {} })).toBe(false);
    expect(isCommand({ type: 'blank', mode: 'red' })).toBe(false);
    expect(isCommand({ type: 'clock', op: 'toggle' })).toBe(true);
  });

  it('trusts the same origin, and pages from disk among themselves', () => {
    expect(trustedOrigin('http://127.0.0.1:4173', 'http://127.0.0.1:4173')).toBe(true);
    expect(trustedOrigin('http://evil.example', 'http://127.0.0.1:4173')).toBe(false);
    expect(trustedOrigin('null', 'null')).toBe(true);
    expect(trustedOrigin('null', 'file://')).toBe(true);
    expect(trustedOrigin('null', 'http://127.0.0.1:4173')).toBe(false);
  });
});
