import { describe, expect, it } from 'vitest';
import { isModifierOnly, KEYS, letter, type KeyAction, type KeyLike, type Mode } from '../../src/features/keys.ts';
import { KeyMap, modeOf, type KeyEvent } from '../../src/features/keymap.ts';

/** A key press as the listener sees it, recording what was done to it. */
function press(key: string, more: Partial<KeyLike & { repeat: boolean }> = {}): KeyEvent & { prevented: boolean; stopped: boolean } {
  return {
    key,
    ...more,
    prevented: false,
    stopped: false,
    preventDefault() {
      this.prevented = true;
    },
    stopImmediatePropagation() {
      this.stopped = true;
    },
  };
}

/** A key map with every action attached, recording the ones run. */
function recording(accept: Partial<Record<KeyAction, () => boolean>> = {}): { keys: KeyMap; ran: KeyAction[] } {
  const keys = new KeyMap();
  const ran: KeyAction[] = [];
  for (const b of KEYS) if (!b.byReveal) keys.handle(b.action, { applies: accept[b.action], run: () => ran.push(b.action) });
  return { keys, ran };
}

/** What one key does in a fixed mode. */
function actionOf(e: KeyEvent, mode: Mode, accept: Partial<Record<KeyAction, () => boolean>> = {}): KeyAction | null {
  const { keys } = recording(accept);
  return keys.dispatch(e, () => mode)[0] ?? null;
}

describe('the key table', () => {
  it('maps the keys we own while presenting', () => {
    const cases: [KeyEvent, KeyAction][] = [
      [press('b'), 'black'],
      [press('B'), 'black'],
      [press('.'), 'black'],
      [press('w'), 'white'],
      [press('s'), 'speaker'],
      [press('m'), 'toc'],
      [press('?', { shiftKey: true }), 'help'],
      [press('F1'), 'help'],
      [press('F5'), 'fullscreen'],
      [press('F5', { shiftKey: true }), 'fullscreen'],
      [press('f'), 'fullscreen'],
      [press('e'), 'export'],
      [press('t'), 'table'],
      [press('q'), 'share'],
      [press('Q', { shiftKey: true }), 'share'],
    ];
    for (const [e, action] of cases) expect(actionOf(e, 'presenting'), e.key).toBe(action);
  });

  it('leaves navigation and reveal.js\'s own keys to reveal.js', () => {
    for (const key of ['ArrowRight', 'ArrowLeft', ' ', 'PageDown', 'PageUp', 'Home', 'End', 'g', 'o', 'p', 'n']) {
      const e = press(key);
      expect(actionOf(e, 'presenting'), key).toBeNull();
      expect(e.prevented || e.stopped, key).toBe(false);
    }
    // Esc is reveal's overview unless a data table is open or the deck is in full screen.
    expect(actionOf(press('Escape'), 'presenting', { 'table-close': () => false, 'exit-fullscreen': () => false })).toBeNull();
    expect(actionOf(press('Escape'), 'presenting', { 'table-close': () => true })).toBe('table-close');
    expect(actionOf(press('Escape'), 'presenting', { 'table-close': () => false, 'exit-fullscreen': () => true })).toBe('exit-fullscreen');
  });

  it('ignores shortcuts with modifiers (Ctrl+S, Cmd+W…)', () => {
    for (const e of [press('s', { ctrlKey: true }), press('w', { metaKey: true }), press('B', { shiftKey: true }), press('F5', { ctrlKey: true }), press('e', { altKey: true }), press('E', { shiftKey: true })]) {
      expect(actionOf(e, 'presenting'), `${e.key} ${JSON.stringify(e)}`).toBeNull();
    }
  });

  it('reads the physical key when a Chinese input method hides the letter', () => {
    expect(actionOf(press('Process', { code: 'KeyB' }), 'presenting')).toBe('black');
    expect(actionOf(press('Process', { code: 'KeyS' }), 'presenting')).toBe('speaker');
    expect(actionOf(press('Unidentified', { code: 'KeyE' }), 'presenting')).toBe('export');
    expect(actionOf(press('Process', { code: 'KeyT' }), 'presenting')).toBe('table');
    expect(actionOf(press('Process', { code: 'KeyQ' }), 'presenting')).toBe('share');
    expect(actionOf(press('。'), 'presenting')).toBe('black');
    expect(actionOf(press('？', { shiftKey: true }), 'presenting')).toBe('help');
    expect(actionOf(press('Process', { code: 'Slash', shiftKey: true }), 'presenting')).toBe('help');
    expect(actionOf(press('Process', { code: 'Digit3' }), 'overlay')).toBe('toc-part');
    expect(letter({ key: 'Process', code: 'Period' })).toBe('.');
  });

  it('does not count a lone modifier as a key press, even on a blank screen', () => {
    expect(isModifierOnly({ key: 'Shift' })).toBe(true);
    expect(isModifierOnly({ key: 'a' })).toBe(false);
    expect(actionOf(press('Shift'), 'blank')).toBeNull();
  });

  it('on a blank screen, any key only restores it (and a held key once)', () => {
    for (const key of ['ArrowRight', 'b', 'e', 'q', 'Escape', 'x']) expect(actionOf(press(key), 'blank'), key).toBe('restore');
    const { keys, ran } = recording();
    const held = press('ArrowRight', { repeat: true });
    expect(keys.dispatch(held, () => 'blank')).toEqual(['restore']);
    expect(ran).toEqual([]);
    expect(held.prevented && held.stopped).toBe(true);
  });

  it('in the 目录, digits name parts, arrows move, Enter and Tab keep their default', () => {
    expect(actionOf(press('5'), 'overlay')).toBe('toc-part');
    expect(actionOf(press('ArrowDown'), 'overlay')).toBe('toc-move');
    const enter = press('Enter');
    expect(actionOf(enter, 'overlay')).toBe('toc-press');
    expect(enter.stopped && !enter.prevented).toBe(true);
    expect(actionOf(press('m'), 'overlay')).toBe('toc');
    expect(actionOf(press('Escape'), 'overlay')).toBe('close-overlay');
  });

  it('over help or 目录, any other key closes it and then does its usual job', () => {
    let open = true;
    const keys = new KeyMap();
    const ran: KeyAction[] = [];
    for (const b of KEYS) if (!b.byReveal) keys.handle(b.action, () => ran.push(b.action));
    keys.handle('dismiss-overlay', () => {
      ran.push('dismiss-overlay');
      open = false;
    });
    keys.handle('toc-part', { applies: () => false, run: () => ran.push('toc-part') });
    const mode = (): Mode => (open ? 'overlay' : 'presenting');
    expect(keys.dispatch(press('b'), mode)).toEqual(['dismiss-overlay', 'black']);
    open = true;
    // A clicker's next: closes, and reveal.js moves on.
    const next = press('PageDown');
    expect(keys.dispatch(next, mode)).toEqual(['dismiss-overlay']);
    expect(next.prevented || next.stopped).toBe(false);
    open = true;
    // A digit the 目录 does not use (help open, or no such part) is no exception.
    expect(keys.dispatch(press('7'), mode)).toEqual(['dismiss-overlay']);
  });

  it('over the export or share menu, Esc and the clicker keys close it; other keys keep it open', () => {
    expect(actionOf(press('Escape'), 'menu')).toBe('close-overlay');
    const next = press('ArrowRight');
    expect(recording().keys.dispatch(next, () => 'menu')).toEqual(['leave-menu']);
    expect(next.prevented).toBe(false);
    expect(actionOf(press('e'), 'menu')).toBe('export');
    expect(actionOf(press('q'), 'menu')).toBe('share');
    expect(actionOf(press('b'), 'menu')).toBe('black');
    const tab = press('Tab');
    expect(actionOf(tab, 'menu')).toBeNull();
    expect(tab.prevented).toBe(false);
  });

  it('leaves typing alone, except Enter in reveal\'s G box', () => {
    for (const key of ['b', 'm', '1', 'e', 'Escape']) expect(actionOf(press(key), 'typing'), key).toBeNull();
    expect(actionOf(press('Enter'), 'typing')).toBe('jump-go');
    expect(actionOf(press('Enter'), 'typing', { 'jump-go': () => false })).toBeNull();
  });

  it('in the phone reading layout, the keys still work and moving by hand is noticed', () => {
    expect(actionOf(press('m'), 'reading')).toBe('toc');
    const { keys } = recording();
    const down = press('ArrowDown');
    expect(keys.dispatch(down, () => 'reading')).toEqual(['reader-moved']);
    expect(down.prevented).toBe(false);
  });

  it('does none of our own keys in the print view', () => {
    for (const key of ['b', 'm', 'e', 'q', 't', 'f']) expect(actionOf(press(key), 'print'), key).toBeNull();
  });

  it('skips an action nobody handles, and a key already taken by someone else', () => {
    const keys = new KeyMap();
    const e = press('b');
    expect(keys.dispatch(e, () => 'presenting')).toEqual([]);
    const detach = keys.handle('black', () => undefined);
    expect(keys.dispatch(press('b'), () => 'presenting')).toEqual(['black']);
    expect(keys.dispatch({ ...press('b'), defaultPrevented: true }, () => 'presenting')).toEqual([]);
    detach();
    expect(keys.dispatch(press('b'), () => 'presenting')).toEqual([]);
  });

  it('lists in the help every key reveal.js handles or a feature has attached, in the table\'s order', () => {
    const keys = new KeyMap();
    const shown = () => keys.helpGroups().flatMap((g) => g.entries.flatMap((e) => e.keys));
    for (const k of ['→', '←', '空格', 'PageDown', 'PageUp', 'Esc', 'O', 'G', 'Home', 'End']) expect(shown(), k).toContain(k);
    expect(shown()).not.toContain('T');
    const detach = keys.handle('table', () => undefined);
    keys.handle('share', () => undefined);
    expect(keys.helpGroups().map((g) => g.title)).toEqual(['翻页（翻页笔可用）', '屏幕', '讲话']);
    expect(keys.helpGroups().find((g) => g.title === '讲话')?.entries.map((e) => e.keys.join())).toEqual(['T', 'Q']);
    detach();
    expect(shown()).not.toContain('T');
  });

  it('dispatches reveal.js\'s own keys only in the speaker view, where no reveal.js runs', () => {
    for (const b of KEYS.filter((x) => x.byReveal)) expect(b.modes.filter((m) => m !== 'speaker'), b.action).toEqual([]);
    const deckModes: Mode[] = ['typing', 'blank', 'overlay', 'menu', 'print', 'reading', 'presenting'];
    for (const mode of deckModes) for (const b of KEYS) if (b.action.startsWith('notes-')) expect(b.modes, `${b.action} in ${mode}`).not.toContain(mode);
  });

  it('in the speaker view, the clicker\'s keys and B/W act through the same table, input-method fallback included', () => {
    const cases: [KeyEvent, KeyAction][] = [
      [press('PageDown'), 'next'],
      [press(' '), 'next'],
      [press(' ', { shiftKey: true }), 'prev'],
      [press('Process', { code: 'KeyN' }), 'next'],
      [press('Process', { code: 'KeyP' }), 'prev'],
      [press('Home'), 'first'],
      [press('End'), 'last'],
      [press('Process', { code: 'KeyB' }), 'black'],
      [press('Process', { code: 'KeyW' }), 'white'],
      [press('+', { shiftKey: true }), 'notes-larger'],
      [press('-'), 'notes-smaller'],
    ];
    // Every action attached, reveal.js's too: in the speaker view we do them.
    const keys = new KeyMap();
    for (const b of KEYS) keys.handle(b.action, () => undefined);
    const speakerAction = (e: KeyEvent) => keys.dispatch(e, () => 'speaker')[0] ?? null;
    for (const [e, action] of cases) expect(speakerAction(e), `${e.key} ${e.code ?? ''}`).toBe(action);
    for (const key of ['s', 'm', 'e', 't', 'q', 'f', 'Escape', 'g', 'o']) expect(speakerAction(press(key)), key).toBeNull();
    expect(speakerAction(press('ArrowLeft', { altKey: true }))).toBeNull();
  });

  it('has one binding per action', () => {
    const actions = KEYS.map((b) => b.action);
    expect(new Set(actions).size).toBe(actions.length);
  });

  it('computes the mode in order of precedence', () => {
    const base = { typing: false, paused: false, overlay: null, print: false, scroll: false } as const;
    expect(modeOf(base)).toBe('presenting');
    expect(modeOf({ ...base, scroll: true })).toBe('reading');
    expect(modeOf({ ...base, print: true, scroll: true })).toBe('print');
    expect(modeOf({ ...base, overlay: 'menu', print: true })).toBe('menu');
    expect(modeOf({ ...base, overlay: 'dialog' })).toBe('overlay');
    expect(modeOf({ ...base, paused: true, overlay: 'dialog' })).toBe('blank');
    expect(modeOf({ ...base, typing: true, paused: true })).toBe('typing');
  });
});
