/**
 * 目录 (key M, or a click on the part label): the parts of the speech with
 * their titles; a click or the digit 1–N (N numbered parts) jumps to the
 * part's first slide.
 */
import type { DeckApp } from '../app.ts';
import { deckWindowFeature } from './deck-window-feature.ts';
import type { KeyEvent } from './keymap.ts';
import { letter } from './keys.ts';
import { buildOverlay } from './overlay.ts';
import { partAt, partsOf, type PartInfo } from './parts.ts';

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

/** Shows slide `index`: reveal's own move, or in the phone reading layout a scroll to the slide itself. */
function goTo(app: DeckApp, index: number): void {
  if (app.reveal.isScrollView()) {
    // reveal's own scroll-to assumes one screen per page (see phone.ts); scroll the part itself.
    const slide = app.reveal.getSlides()[index];
    (slide?.closest('.scroll-page') ?? slide)?.scrollIntoView({ block: 'start' });
    if (slide?.id) history.replaceState(null, '', `#/${slide.id}`);
    return;
  }
  app.reveal.slide(index, 0, 0);
}

/** The numbered parts (一 … N), which the digit keys name. */
function numbered(parts: readonly PartInfo[]): PartInfo[] {
  return parts.filter((p) => p.numeral !== null);
}

/** The foot line: the digits go as far as there are numbered parts. */
export function tocFoot(numberedParts: number, reading: boolean): string {
  if (reading) return '轻点跳转到该部分';
  const digits = numberedParts > 1 ? `1–${numberedParts}` : '1';
  return `点击或按数字 ${digits} 跳转 · Esc 关闭`;
}

function list(parts: readonly PartInfo[], current: string | undefined, jump: (p: PartInfo) => void): HTMLElement {
  const ol = document.createElement('ol');
  ol.className = 'toc-list';
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
    button.addEventListener('click', () => jump(p));
    li.append(button);
    ol.append(li);
  }
  return ol;
}

export const toc = deckWindowFeature('toc', {
  bind(app, cleanup) {
    const { keys, overlays } = app;
    const parts = partsOf(app.deck, app.speech);
    const jump = (p: PartInfo) => {
      overlay.close();
      goTo(app, p.first);
    };
    const overlay = buildOverlay(overlays, app.reveal.getRevealElement() ?? document.body, {
      id: 'toc',
      label: '目录',
      kind: 'dialog',
      title: '目录',
      body: () => [list(parts, partAt(parts, shownIndex(app))?.info.part, jump)],
      foot: () => tocFoot(numbered(parts).length, app.reveal.isScrollView()),
      focus: (panel) => panel.querySelector<HTMLElement>('.toc-item[aria-current]') ?? panel.querySelector<HTMLElement>('.toc-item'),
    });
    cleanup.add(() => overlay.destroy());
    const isOpen = () => overlay.isOpen();
    const partFor = (e: KeyEvent) => numbered(parts)[Number(letter(e)) - 1];
    cleanup.add(keys.handle('toc', () => overlay.toggle()));
    cleanup.add(keys.handle('toc-part', { applies: (e) => isOpen() && !!partFor(e), run: (e) => jump(partFor(e)) }));
    cleanup.add(
      keys.handle('toc-move', {
        applies: isOpen,
        run: (e) => {
          const items = Array.from(overlay.panel.querySelectorAll<HTMLButtonElement>('.toc-item'));
          const at = items.indexOf(document.activeElement as HTMLButtonElement);
          const next = e.key === 'ArrowDown' ? Math.min(items.length - 1, at + 1) : Math.max(0, at - 1);
          items[at < 0 ? 0 : next]?.focus();
        },
      }),
    );
    // Enter and Tab keep their default (press the focused entry, move focus); nothing else sees them.
    cleanup.add(keys.handle('toc-press', { applies: isOpen, run: () => {} }));
  },
});
