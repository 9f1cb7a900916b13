/**
 * Orientation chrome: a discreet label of the current part (三、理清思路)
 * at the bottom left; a click opens the 目录. The slide number (当前/总数)
 * and the progress bar are reveal's own, styled in chrome.css.
 */
import './chrome.css';
import type { DeckFeature } from '../app.ts';
import { Cleanup } from './cleanup.ts';
import { partAt, partsOf } from './parts.ts';
import { viewMode } from './view-mode.ts';

/** Slides that already say where we are (cover, part dividers, closing) show no label. */
const SELF_EXPLAINING = new Set(['cover', 'section', 'closing']);

const cleanup = new Cleanup();

export const partLabel: DeckFeature = {
  name: 'part-label',
  ready(app) {
    if (viewMode !== 'deck' || app.reveal.isPrintView()) return;
    const parts = partsOf(app.deck, app.speech);
    const label = document.createElement('button');
    label.type = 'button';
    label.className = 'part-label';
    const numeral = document.createElement('span');
    numeral.className = 'part-label-numeral';
    const text = document.createElement('span');
    label.append(numeral, text);
    label.addEventListener('click', () => app.overlays.get('toc')?.open());
    (app.reveal.getRevealElement() ?? document.body).append(cleanup.element(label));
    const update = () => {
      const slide = app.reveal.getCurrentSlide();
      const at = slide ? partAt(parts, app.reveal.getSlides().indexOf(slide)) : null;
      const show = !!at?.info.numeral && !SELF_EXPLAINING.has(slide?.dataset.kind ?? '');
      label.hidden = !show;
      if (!at || !show) return;
      // Written as the speech writes its headings: 三、理清思路.
      numeral.textContent = `${at.info.numeral}、`;
      text.textContent = at.info.short;
      label.dataset.part = at.info.part;
      label.title = `第${at.info.numeral}部分：${at.info.title}（点击或按 M 打开目录）`;
      label.setAttribute('aria-label', `第${at.info.numeral}部分：${at.info.title}。打开目录`);
    };
    cleanup.on(app.reveal, 'slidechanged', update);
    update();
  },
  destroy() {
    cleanup.run();
  },
};
