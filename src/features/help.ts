/**
 * The keys, in Chinese, on `?` (reveal's own help is English and switched
 * off in reveal-config.ts). Built from keys.ts each time it opens, so keys
 * other features add later are listed too.
 */
import './overlay.css';
import type { DeckFeature } from '../app.ts';
import { helpGroups } from './keys.ts';
import { Overlay } from './overlay.ts';
import { viewMode } from './view-mode.ts';

function keyCap(text: string): HTMLElement {
  const k = document.createElement('kbd');
  k.textContent = text;
  return k;
}

function render(panel: HTMLElement): void {
  const title = document.createElement('h2');
  title.className = 'deck-overlay-title';
  title.textContent = '快捷键';
  const grid = document.createElement('div');
  grid.className = 'help-groups';
  for (const group of helpGroups) {
    const section = document.createElement('section');
    section.className = 'help-group';
    const h = document.createElement('h3');
    h.textContent = group.title;
    const list = document.createElement('dl');
    for (const entry of group.entries) {
      const dt = document.createElement('dt');
      entry.keys.forEach((k, i) => {
        if (i > 0) dt.append(document.createTextNode(' '));
        dt.append(keyCap(k));
      });
      const dd = document.createElement('dd');
      dd.textContent = entry.what;
      list.append(dt, dd);
    }
    section.append(h, list);
    grid.append(section);
  }
  const foot = document.createElement('p');
  foot.className = 'deck-overlay-foot';
  foot.textContent = '按 Esc 或 ? 关闭';
  panel.replaceChildren(title, grid, foot);
}

export const helpOverlay = new Overlay('help', '快捷键帮助');
helpOverlay.onToggle((open) => {
  if (open) render(helpOverlay.panel);
});

export const help: DeckFeature = {
  name: 'help',
  ready({ reveal }) {
    if (viewMode !== 'deck') return;
    helpOverlay.mount(reveal.getRevealElement() ?? document.body);
  },
};
