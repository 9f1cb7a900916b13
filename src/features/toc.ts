/**
 * 目录 (key M, or a click on the part label): the parts of the speech with
 * their titles; a click or the digit 1–6 jumps to the part's first slide.
 */
import './overlay.css';
import type { DeckApp, DeckFeature } from '../app.ts';
import { Overlay } from './overlay.ts';
import { partAt, partsOf, type PartInfo } from './parts.ts';
import { viewMode } from './view-mode.ts';

export const tocOverlay = new Overlay('toc', '目录');
let parts: PartInfo[] = [];
let goTo: (index: number) => void = () => {};

/**
 * The slide being read. In the phone reading layout reveal measures its pages
 * as one screen each, so it runs ahead of the reader: take the last slide
 * whose top has reached the upper third of the screen.
 */
function shownIndex(app: DeckApp): number {
  if (!app.reveal.isScrollView()) return app.reveal.getIndices().h;
  const line = innerHeight / 3;
  const slides = app.reveal.getSlides();
  let at = 0;
  slides.forEach((s, i) => {
    if (s.getBoundingClientRect().top <= line) at = i;
  });
  return at;
}

function render(app: DeckApp): void {
  parts = partsOf(app.deck, app.speech);
  const current = partAt(parts, shownIndex(app))?.info.part;
  const title = document.createElement('h2');
  title.className = 'deck-overlay-title';
  title.textContent = '目录';
  const list = document.createElement('ol');
  list.className = 'toc-list';
  for (const p of parts) {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'toc-item';
    button.dataset.part = p.part;
    button.dataset.slide = p.firstId;
    if (p.part === current) button.setAttribute('aria-current', 'true');
    const num = document.createElement('span');
    num.className = 'toc-numeral';
    num.textContent = p.numeral ?? '';
    const text = document.createElement('span');
    text.className = 'toc-title';
    text.textContent = p.title;
    button.append(num, text);
    button.addEventListener('click', () => goTo(p.first));
    li.append(button);
    list.append(li);
  }
  const foot = document.createElement('p');
  foot.className = 'deck-overlay-foot';
  foot.textContent = app.reveal.isScrollView() ? '轻点跳转到该部分' : '点击或按数字 1–6 跳转 · Esc 关闭';
  tocOverlay.panel.replaceChildren(title, list, foot);
}

/** Keys while the 目录 is open: digits jump, ↑/↓ move between entries. Returns true when used. */
export function tocKey(e: KeyboardEvent): boolean {
  const digit = /^[1-6]$/.exec(e.key);
  if (digit) {
    const p = parts.filter((x) => x.numeral !== null)[Number(digit[0]) - 1];
    if (p) goTo(p.first);
    return true;
  }
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    const items = Array.from(tocOverlay.panel.querySelectorAll<HTMLButtonElement>('.toc-item'));
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const next = e.key === 'ArrowDown' ? Math.min(items.length - 1, at + 1) : Math.max(0, at - 1);
    items[at < 0 ? 0 : next]?.focus();
    return true;
  }
  return e.key === 'Enter' || e.key === 'Tab';
}

export const toc: DeckFeature = {
  name: 'toc',
  ready(app) {
    if (viewMode !== 'deck') return;
    goTo = (index) => {
      tocOverlay.close();
      if (app.reveal.isScrollView()) {
        // Phone reading layout: reveal's own scroll-to assumes one screen per page (see phone.ts); scroll the part itself.
        const slide = app.reveal.getSlides()[index];
        (slide?.closest('.scroll-page') ?? slide)?.scrollIntoView({ block: 'start' });
        if (slide?.id) history.replaceState(null, '', `#/${slide.id}`);
        return;
      }
      app.reveal.slide(index, 0, 0);
    };
    tocOverlay.onToggle((open) => {
      if (!open) return;
      render(app);
      const currentItem = tocOverlay.panel.querySelector<HTMLElement>('.toc-item[aria-current]') ?? tocOverlay.panel.querySelector<HTMLElement>('.toc-item');
      currentItem?.focus({ preventScroll: true });
    });
    tocOverlay.mount(app.reveal.getRevealElement() ?? document.body);
  },
};
