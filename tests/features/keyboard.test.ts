// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { blackout } from '../../src/features/blackout.ts';
import { chartTableToggle } from '../../src/features/chart-table.ts';
import { exportMenu } from '../../src/features/export-menu.ts';
import { help } from '../../src/features/help.ts';
import { keyboard } from '../../src/features/keyboard.ts';
import { partsOf } from '../../src/features/parts.ts';
import { share } from '../../src/features/share.ts';
import { speakerHostFeature } from '../../src/features/speaker/host.ts';
import { toc } from '../../src/features/toc.ts';
import { startApp, type TestApp } from './dom-app.ts';

const FEATURES = [chartTableToggle, blackout, help, toc, keyboard, speakerHostFeature, exportMenu, share];

const shown = (id: string) => document.querySelector<HTMLElement>(`.deck-overlay-${id}`)?.hidden === false;

// Each test renders the whole real deck into the page: allow for a busy machine.
describe('the deck\'s keyboard, in a page', { timeout: 20_000 }, () => {
  let t: TestApp;
  afterEach(() => t?.destroy());

  it('opens each overlay on its key and closes it on the same key or Esc; one is open at a time', () => {
    t = startApp(FEATURES);
    for (const [key, id, init] of [
      ['?', 'help', { shiftKey: true }],
      ['m', 'toc', {}],
      ['e', 'export', {}],
      ['q', 'share', {}],
    ] as const) {
      const e = t.press(key, init);
      expect(shown(id), `${key} opens ${id}`).toBe(true);
      expect(e.defaultPrevented, key).toBe(true);
      expect(t.app.overlays.current()?.id).toBe(id);
      t.press(key, init);
      expect(shown(id), `${key} again closes ${id}`).toBe(false);
      t.press(key, init);
      t.press('Escape');
      expect(shown(id), `Esc closes ${id}`).toBe(false);
    }
    t.press('m');
    t.press('e');
    expect([shown('toc'), shown('export')]).toEqual([false, true]);
  });

  it('lists the keys in the help from the key table, the features\' own included', () => {
    t = startApp(FEATURES);
    t.press('?', { shiftKey: true });
    const panel = document.querySelector('.deck-overlay-help .deck-overlay-panel')!;
    expect(panel.querySelector('.deck-overlay-title')?.textContent).toBe('快捷键');
    expect(Array.from(panel.querySelectorAll('.help-group h3')).map((h) => h.textContent)).toEqual(['翻页（翻页笔可用）', '屏幕', '讲话', '文件']);
    const caps = Array.from(panel.querySelectorAll('kbd')).map((k) => k.textContent);
    for (const k of ['→', 'PageDown', 'B', '.', 'W', 'F', 'F5', 'Esc', 'O', 'G', 'S', 'M', '?', 'T', 'Q', 'E']) expect(caps, k).toContain(k);
    expect(panel.querySelector('.deck-overlay-foot')?.textContent).toBe('按 Esc 或 ? 关闭');
  });

  it('blanks on B and W; the next key only restores, whatever it is', () => {
    t = startApp(FEATURES);
    t.press('b');
    expect(t.reveal.paused).toBe(true);
    expect(document.documentElement.dataset.blank).toBe('black');
    const next = t.press('ArrowRight');
    expect(t.reveal.paused).toBe(false);
    // Swallowed: reveal.js never sees it, so the deck does not also move.
    expect(next.defaultPrevented).toBe(true);
    t.press('w');
    expect(document.documentElement.dataset.blank).toBe('white');
    t.press('e');
    expect(t.reveal.paused).toBe(false);
    expect(shown('export')).toBe(false);
  });

  it('jumps to part N on digit N in the 目录, and the foot names the real number of parts', () => {
    t = startApp(FEATURES);
    const parts = partsOf(t.app.deck, t.app.speech);
    const numbered = parts.filter((p) => p.numeral !== null);
    t.press('m');
    expect(document.querySelector('.deck-overlay-toc .deck-overlay-foot')?.textContent).toBe(`点击或按数字 1–${numbered.length} 跳转 · Esc 关闭`);
    expect(document.querySelectorAll('.deck-overlay-toc .toc-item')).toHaveLength(parts.length);
    t.press(String(numbered.length));
    expect(shown('toc')).toBe(false);
    expect(t.reveal.index).toBe(numbered[numbered.length - 1].first);
    // Past the last part: not a part, so the 目录 closes like for any other key.
    t.press('m');
    t.press(String(numbered.length + 1));
    expect(shown('toc')).toBe(false);
    expect(t.reveal.index).toBe(numbered[numbered.length - 1].first);
  });

  it('moves between 目录 entries with ↑/↓ without moving the deck', () => {
    t = startApp(FEATURES);
    t.press('m');
    const items = Array.from(document.querySelectorAll<HTMLElement>('.deck-overlay-toc .toc-item'));
    expect(document.activeElement).toBe(items[0]);
    const down = t.press('ArrowDown');
    expect(down.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(items[1]);
    t.press('ArrowUp');
    expect(document.activeElement).toBe(items[0]);
    expect(shown('toc')).toBe(true);
  });

  it('closes help on a clicker key and lets the key through; a menu stays open for other keys', () => {
    t = startApp(FEATURES);
    t.press('?', { shiftKey: true });
    const next = t.press('PageDown');
    expect(shown('help')).toBe(false);
    expect(next.defaultPrevented).toBe(false);
    t.press('e');
    t.press('x');
    expect(shown('export')).toBe(true);
    const tab = t.press('Tab');
    expect(tab.defaultPrevented).toBe(false);
    expect(shown('export')).toBe(true);
    t.press('ArrowRight');
    expect(shown('export')).toBe(false);
  });

  it('opens the data table on T on a chart slide only; Esc closes it before anything else', () => {
    t = startApp(FEATURES);
    const chart = t.app.slides.findIndex((s) => s.kind === 'chart');
    const plain = t.app.slides.findIndex((s) => s.kind === 'points');
    t.reveal.index = plain;
    expect(t.press('t').defaultPrevented).toBe(false);
    t.reveal.index = chart;
    t.press('t');
    const panel = document.querySelectorAll('.slides > section')[chart].querySelector<HTMLElement>('.chart-table-panel')!;
    expect(panel.hidden).toBe(false);
    const esc = t.press('Escape');
    expect(esc.defaultPrevented).toBe(true);
    expect(panel.hidden).toBe(true);
    // With no table open, Esc goes on to reveal.js (its overview).
    expect(t.press('Escape').defaultPrevented).toBe(false);
  });

  it('leaves keys typed into a text field alone', () => {
    t = startApp(FEATURES);
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    for (const key of ['b', 'm', 'e', '?']) expect(t.press(key).defaultPrevented, key).toBe(false);
    expect(t.app.overlays.current()).toBeNull();
    expect(t.reveal.paused).toBe(false);
  });

  it('takes nothing and leaves nothing behind once destroyed, and binds again cleanly', () => {
    t = startApp(FEATURES);
    t.destroy();
    expect(document.querySelectorAll('.deck-overlay')).toHaveLength(0);
    expect(t.app.overlays.current()).toBeNull();
    expect(t.app.keys.helpGroups().flatMap((g) => g.entries.map((e) => e.keys.join()))).not.toContain('T');
    const e = new KeyboardEvent('keydown', { key: 'm', bubbles: true, cancelable: true });
    document.body.dispatchEvent(e);
    expect(e.defaultPrevented).toBe(false);
    t = startApp(FEATURES);
    expect(document.querySelectorAll('.deck-overlay-toc')).toHaveLength(1);
    t.press('m');
    expect(shown('toc')).toBe(true);
  });
});
