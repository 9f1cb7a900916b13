/**
 * The keys, in Chinese, on `?` (reveal's own help is English and switched
 * off in reveal-config.ts). Listed from the key table each time it opens,
 * so only the keys some feature handles are shown.
 */
import { deckWindowFeature } from './deck-window-feature.ts';
import type { HelpGroup } from './keymap.ts';
import { buildOverlay } from './overlay.ts';

function keyCap(text: string): HTMLElement {
  const k = document.createElement('kbd');
  k.textContent = text;
  return k;
}

/** The groups of keys as the overlay shows them. */
export function helpGrid(groups: readonly HelpGroup[]): HTMLElement {
  const grid = document.createElement('div');
  grid.className = 'help-groups';
  for (const group of groups) {
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
  return grid;
}

export const help = deckWindowFeature('help', {
  bind({ reveal, keys, overlays }, cleanup) {
    const overlay = buildOverlay(overlays, reveal.getRevealElement() ?? document.body, {
      id: 'help',
      label: '快捷键帮助',
      kind: 'dialog',
      title: '快捷键',
      body: () => [helpGrid(keys.helpGroups())],
      foot: () => '按 Esc 或 ? 关闭',
    });
    cleanup.add(() => overlay.destroy());
    cleanup.add(keys.handle('help', () => overlay.toggle()));
  },
});
