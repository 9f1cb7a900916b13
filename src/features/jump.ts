/**
 * G (jump to slide): reveal's box, with our own lookup. A number is the
 * slide number (当前/总数); any other text finds the first slide showing
 * it. reveal's own text search wraps the query in \b…\b, which never
 * matches Chinese, and throws on "(" and the like.
 */
import type { DeckFeature } from '../app.ts';
import type { RevealApi } from '../reveal-api.ts';
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

let wired = false;

/** Takes over the box's input and Enter handling once reveal has created it. */
function wire(reveal: RevealApi): void {
  const input = document.querySelector<HTMLInputElement>('.reveal .jump-to-slide-input');
  if (!input || wired) return;
  wired = true;
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
  input.addEventListener('focus', () => (start = reveal.getIndices()));
  // Listeners on the box itself, capture phase: they run before reveal's and stop them.
  input.addEventListener(
    'input',
    (e) => {
      e.stopImmediatePropagation();
      clearTimeout(timer);
      timer = window.setTimeout(go, 250);
    },
    true,
  );
  input.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Enter') return;
      e.stopImmediatePropagation();
      go();
      reveal.toggleJumpToSlide(false);
    },
    true,
  );
}

export const jump: DeckFeature = {
  name: 'jump',
  ready({ reveal }) {
    if (viewMode !== 'deck' || reveal.isPrintView()) return;
    // reveal adds the box to the page the first time G is pressed.
    new MutationObserver((_, observer) => {
      if (document.querySelector('.reveal .jump-to-slide-input')) {
        wire(reveal);
        observer.disconnect();
      }
    }).observe(reveal.getRevealElement() ?? document.body, { childList: true });
  },
};
