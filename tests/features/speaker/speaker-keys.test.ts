// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Command } from '../../../src/features/speaker/protocol.ts';
import { keyHint, speakerKeys, speakerMode } from '../../../src/features/speaker/speaker-keys.ts';

type Sent = Command | 'larger' | 'smaller';

describe('the speaker view\'s keys, in a page', () => {
  let sent: Sent[];
  let stop: () => void;
  let hint: string;

  beforeEach(() => {
    document.body.innerHTML = '';
    sent = [];
    const keys = speakerKeys({ command: (c) => sent.push(c), notesLarger: () => sent.push('larger'), notesSmaller: () => sent.push('smaller') });
    stop = keys.listen(window, speakerMode);
    hint = keyHint(keys);
  });
  afterEach(() => stop());

  /** A key pressed with the focus on the page (or on `from`): what it sent, and whether it was kept from the page. */
  function press(key: string, init: KeyboardEventInit = {}, from: Element = document.body): { sent: Sent[]; prevented: boolean } {
    sent = [];
    const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
    from.dispatchEvent(e);
    return { sent, prevented: e.defaultPrevented };
  }

  it('sends the clicker\'s keys to the deck window, and keeps them from scrolling the speech text', () => {
    const cases: [string, KeyboardEventInit, Command][] = [
      ['ArrowRight', {}, { type: 'next' }],
      ['ArrowDown', {}, { type: 'next' }],
      ['PageDown', {}, { type: 'next' }],
      [' ', {}, { type: 'next' }],
      ['n', {}, { type: 'next' }],
      [' ', { shiftKey: true }, { type: 'prev' }],
      ['ArrowLeft', {}, { type: 'prev' }],
      ['ArrowUp', {}, { type: 'prev' }],
      ['PageUp', {}, { type: 'prev' }],
      ['p', {}, { type: 'prev' }],
      ['Home', {}, { type: 'first' }],
      ['End', {}, { type: 'last' }],
      ['b', {}, { type: 'blank', mode: 'black' }],
      ['B', {}, { type: 'blank', mode: 'black' }],
      ['.', {}, { type: 'blank', mode: 'black' }],
      ['。', {}, { type: 'blank', mode: 'black' }],
      ['w', {}, { type: 'blank', mode: 'white' }],
    ];
    for (const [key, init, command] of cases) expect(press(key, init), `${JSON.stringify(key)} ${JSON.stringify(init)}`).toEqual({ sent: [command], prevented: true });
  });

  it('reads the physical key when a Chinese input method hides the letter', () => {
    expect(press('Process', { code: 'KeyB' })).toEqual({ sent: [{ type: 'blank', mode: 'black' }], prevented: true });
    expect(press('Process', { code: 'KeyW' }).sent).toEqual([{ type: 'blank', mode: 'white' }]);
    expect(press('Process', { code: 'KeyN' }).sent).toEqual([{ type: 'next' }]);
    expect(press('Process', { code: 'KeyP' }).sent).toEqual([{ type: 'prev' }]);
    expect(press('Process', { code: 'Period' }).sent).toEqual([{ type: 'blank', mode: 'black' }]);
    expect(press('Process', { code: 'Equal', shiftKey: true }).sent).toEqual(['larger']);
    expect(press('Process', { code: 'Minus' }).sent).toEqual(['smaller']);
  });

  it('sizes the speech text on + and −, also while held', () => {
    for (const key of ['+', '=']) expect(press(key, { shiftKey: key === '+' }), key).toEqual({ sent: ['larger'], prevented: true });
    for (const key of ['-', '_']) expect(press(key, { shiftKey: key === '_' }), key).toEqual({ sent: ['smaller'], prevented: true });
    expect(press('+', { repeat: true }).sent).toEqual(['larger']);
  });

  it('sends a held paging key once, and still keeps its repeats from the page', () => {
    expect(press('ArrowRight', { repeat: true })).toEqual({ sent: [], prevented: true });
  });

  it('leaves browser shortcuts, other keys and the deck window\'s own keys alone', () => {
    for (const [key, init] of [
      ['r', { ctrlKey: true }],
      ['ArrowLeft', { altKey: true }],
      ['b', { metaKey: true }],
      ['+', { ctrlKey: true }],
      ['B', { shiftKey: true }],
      ['N', { shiftKey: true }],
      ['x', {}],
      ['s', {}],
      ['m', {}],
      ['e', {}],
      ['Escape', {}],
      ['F5', {}],
    ] as const) {
      expect(press(key, init), `${key} ${JSON.stringify(init)}`).toEqual({ sent: [], prevented: false });
    }
  });

  it('leaves keys typed into a text field alone', () => {
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    for (const key of ['b', ' ', 'ArrowRight', '+']) expect(press(key, {}, input), key).toEqual({ sent: [], prevented: false });
  });

  it('names its keys in one line from the key table', () => {
    expect(hint).toBe('→ / ↓ / 空格 / PageDown 下一步 · ← / ↑ / PageUp 上一步 · Home 第一页 · End 最后一页 · B / . 黑屏 · W 白屏 · + / − 讲稿字号');
  });

  it('takes no key once its listener is removed', () => {
    stop();
    expect(press('b')).toEqual({ sent: [], prevented: false });
  });
});
