// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { buildOverlay, Overlays, type OverlaySpec } from '../../src/features/overlay.ts';

function spec(id: string, more: Partial<OverlaySpec> = {}): OverlaySpec {
  return { id, label: `${id} 标签`, kind: 'dialog', title: `${id} 标题`, body: () => [document.createTextNode(`${id} 内容`)], foot: () => '按 Esc 关闭', ...more };
}

describe('overlays from the one builder', () => {
  let root: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = '<button id="before">前</button><div class="reveal"></div>';
    root = document.querySelector<HTMLElement>('.reveal')!;
  });

  it('builds a hidden dialog inside the root: heading, body, foot', () => {
    const o = buildOverlay(new Overlays(), root, spec('help'));
    expect(o.element.parentElement).toBe(root);
    expect(o.element.className).toBe('deck-overlay deck-overlay-help');
    expect(o.element.hidden).toBe(true);
    expect(o.panel.getAttribute('role')).toBe('dialog');
    expect(o.panel.getAttribute('aria-modal')).toBe('true');
    expect(o.panel.getAttribute('aria-label')).toBe('help 标签');
    expect(o.element.querySelector('.deck-overlay-close')?.getAttribute('aria-label')).toBe('关闭');
    o.open();
    expect(Array.from(o.panel.childNodes).map((n) => [n.nodeName, n.textContent])).toEqual([
      ['H2', 'help 标题'],
      ['#text', 'help 内容'],
      ['P', '按 Esc 关闭'],
    ]);
    expect((o.panel.firstChild as HTMLElement).className).toBe('deck-overlay-title');
    expect((o.panel.lastChild as HTMLElement).className).toBe('deck-overlay-foot');
  });

  it('builds its content afresh each time it opens, and leaves the foot out when there is none', () => {
    let n = 0;
    let foot: string | null = '脚注';
    const o = buildOverlay(new Overlays(), root, spec('toc', { title: () => `第${++n}次`, foot: () => foot }));
    o.open();
    expect(o.panel.querySelector('h2')?.textContent).toBe('第1次');
    o.close();
    foot = null;
    o.open();
    expect(o.panel.querySelector('h2')?.textContent).toBe('第2次');
    expect(o.panel.querySelector('.deck-overlay-foot')).toBeNull();
  });

  it('takes the focus where asked and gives it back on closing', () => {
    const before = document.getElementById('before')!;
    before.focus();
    const o = buildOverlay(new Overlays(), root, spec('toc', { body: () => [Object.assign(document.createElement('button'), { className: 'pick' })], focus: (p) => p.querySelector('.pick') }));
    o.open();
    expect(document.activeElement?.className).toBe('pick');
    o.close();
    expect(document.activeElement).toBe(before);
    const plain = buildOverlay(new Overlays(), root, spec('help'));
    plain.open();
    expect(document.activeElement).toBe(plain.panel);
  });

  it('keeps one open at a time among the overlays of a host, and tells who listens', () => {
    const host = new Overlays();
    const a = buildOverlay(host, root, spec('help'));
    const b = buildOverlay(host, root, spec('export', { kind: 'menu' }));
    const seen: boolean[] = [];
    const stop = a.onToggle((open) => seen.push(open));
    a.open();
    b.open();
    expect([a.isOpen(), b.isOpen()]).toEqual([false, true]);
    expect(host.current()).toBe(b);
    expect(host.current()?.kind).toBe('menu');
    expect(host.get('help')).toBe(a);
    expect(seen).toEqual([true, false]);
    stop();
    a.toggle();
    expect(seen).toEqual([true, false]);
  });

  it('closes on a click outside the panel and on its close button, not on a click inside', () => {
    const o = buildOverlay(new Overlays(), root, spec('share'));
    o.open();
    o.panel.click();
    expect(o.isOpen()).toBe(true);
    o.element.click();
    expect(o.isOpen()).toBe(false);
    o.open();
    o.element.querySelector<HTMLElement>('.deck-overlay-close')!.click();
    expect(o.isOpen()).toBe(false);
  });

  it('leaves the page and its host when destroyed', () => {
    const host = new Overlays();
    const o = buildOverlay(host, root, spec('help'));
    o.open();
    o.destroy();
    expect(root.querySelector('.deck-overlay')).toBeNull();
    expect(host.get('help')).toBeUndefined();
    expect(host.current()).toBeNull();
  });
});
