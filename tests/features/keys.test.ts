import { describe, expect, it } from 'vitest';
import { addHelpEntry, helpGroups, isModifierOnly, ownActionFor } from '../../src/features/keys.ts';

describe('our presenting keys', () => {
  it('maps the keys we own', () => {
    expect(ownActionFor({ key: 'b' })).toBe('black');
    expect(ownActionFor({ key: 'B' })).toBe('black');
    expect(ownActionFor({ key: '.' })).toBe('black');
    expect(ownActionFor({ key: 'w' })).toBe('white');
    expect(ownActionFor({ key: 's' })).toBe('speaker');
    expect(ownActionFor({ key: 'm' })).toBe('toc');
    expect(ownActionFor({ key: '?', shiftKey: true })).toBe('help');
    expect(ownActionFor({ key: 'F1' })).toBe('help');
    expect(ownActionFor({ key: 'F5' })).toBe('fullscreen');
    expect(ownActionFor({ key: 'F5', shiftKey: true })).toBe('fullscreen');
    expect(ownActionFor({ key: 'f' })).toBe('fullscreen');
  });

  it('leaves navigation, reveal keys and the other engineers\' keys alone', () => {
    for (const key of ['ArrowRight', 'ArrowLeft', ' ', 'PageDown', 'PageUp', 'Home', 'End', 'g', 'o', 'Escape', 't', 'e', 'p', 'n']) {
      expect(ownActionFor({ key }), key).toBeNull();
    }
  });

  it('ignores shortcuts with modifiers (Ctrl+S, Cmd+W…)', () => {
    expect(ownActionFor({ key: 's', ctrlKey: true })).toBeNull();
    expect(ownActionFor({ key: 'w', metaKey: true })).toBeNull();
    expect(ownActionFor({ key: 'B', shiftKey: true })).toBeNull();
    expect(ownActionFor({ key: 'F5', ctrlKey: true })).toBeNull();
  });

  it('reads the physical key when a Chinese input method hides the letter', () => {
    expect(ownActionFor({ key: 'Process', code: 'KeyB' })).toBe('black');
    expect(ownActionFor({ key: 'Process', code: 'KeyS' })).toBe('speaker');
    expect(ownActionFor({ key: '。' })).toBe('black');
    expect(ownActionFor({ key: '？', shiftKey: true })).toBe('help');
  });

  it('does not count a lone modifier as a key press', () => {
    expect(isModifierOnly({ key: 'Shift' })).toBe(true);
    expect(isModifierOnly({ key: 'a' })).toBe(false);
  });

  it('lists every key in the help, and lets other features add theirs once', () => {
    const keys = helpGroups.flatMap((g) => g.entries.flatMap((e) => e.keys));
    for (const k of ['→', '←', '空格', 'PageDown', 'PageUp', 'B', '.', 'W', 'F', 'Esc', 'O', 'G', 'S', 'Home', 'End', 'M', '?']) expect(keys, k).toContain(k);
    addHelpEntry('测试', { keys: ['Q'], what: '测试' });
    addHelpEntry('测试', { keys: ['Q'], what: '测试' });
    expect(helpGroups.find((g) => g.title === '测试')?.entries).toHaveLength(1);
  });
});
