/**
 * G (jump to slide): reveal's box, with our own lookup. A number is the
 * slide number (当前/总数); any other text finds the first slide showing
 * it. reveal's own text search wraps the query in \b…\b, which never
 * matches Chinese, and throws on "(" and the like.
 */
import type { DeckFeature } from '../app.ts';
import type { RevealApi } from '../reveal-api.ts';
import { Cleanup } from './cleanup.ts';
import { loadSlideFonts } from '../theme/fonts.ts';
import { viewMode } from './view-mode.ts';

/** The slide index a query names, or null. `texts` are the slides' visible texts, in order. */
export function findSlide(query: string, texts: readonly string[]): number | null {
  const q = query.trim();
  if (!q) return null;
  if (/^\d+$/.test(q)) {
    const n = Number(q);
    return n >= 1 && n <= texts.length ? n - 1 : null;
  }
  const needle = q.toLowerCase().replace(/\s+/g, '');
  const i = texts.findIndex((t) => t.toLowerCase().replace(/\s+/g, '').includes(needle));
  return i < 0 ? null : i;
}

function visibleTexts(reveal: RevealApi): string[] {
  return reveal.getSlides().map((s) => s.querySelector('.slide-inner')?.textContent ?? '');
}

const BOX = '.reveal .jump-to-slide-input';

const cleanup = new Cleanup();

/** Takes over the box's input handling once reveal has created it; Enter comes through the key table. */
function wire(reveal: RevealApi, input: HTMLInputElement): () => void {
  input.placeholder = '输入页码或文字，回车跳转';
  input.setAttribute('aria-label', '跳到第几页：输入页码或页面上的文字，按回车');
  let start = reveal.getIndices();
  let timer = 0;
  let asked = 0;
  const go = () => {
    clearTimeout(timer);
    const index = findSlide(input.value, visibleTexts(reveal));
    if (index === null) {
      asked++;
      reveal.slide(start.h, start.v, start.f);
      return;
    }
    // The target's glyphs first (a far slide's font slices may not be in yet): no fallback face, ever.
    const target = reveal.getSlides()[index];
    const me = ++asked;
    void (target ? loadSlideFonts(target) : Promise.resolve(true)).then(() => {
      if (me === asked) reveal.slide(index);
    });
  };
  cleanup.listen(input, 'focus', () => (start = reveal.getIndices()));
  // On the box itself, capture phase: runs before reveal's own listener and stops it.
  cleanup.listen(
    input,
    'input',
    (e) => {
      e.stopImmediatePropagation();
      clearTimeout(timer);
      timer = window.setTimeout(go, 250);
    },
    { capture: true },
  );
  cleanup.add(() => clearTimeout(timer));
  return () => {
    go();
    reveal.toggleJumpToSlide(false);
  };
}

export const jump: DeckFeature = {
  name: 'jump',
  ready({ reveal, keys }) {
    if (viewMode !== 'deck' || reveal.isPrintView()) return;
    let enter: (() => void) | null = null;
    cleanup.add(() => (enter = null));
    cleanup.add(keys.handle('jump-go', { applies: () => !!enter && document.activeElement?.matches(BOX) === true, run: () => enter?.() }));
    // reveal adds the box to the page the first time G is pressed.
    const mo = cleanup.observer(
      new MutationObserver(() => {
        const input = document.querySelector<HTMLInputElement>(BOX);
        if (!input) return;
        mo.disconnect();
        enter = wire(reveal, input);
      }),
    );
    mo.observe(reveal.getRevealElement() ?? document.body, { childList: true });
  },
  destroy() {
    cleanup.run();
  },
};
