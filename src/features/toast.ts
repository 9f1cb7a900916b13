/** A short notice at the top of the deck (e.g. a blocked pop-up); gone after a few seconds. */
import './overlay.css';

let timer = 0;

export function showToast(text: string, ms = 6000): void {
  let el = document.querySelector<HTMLElement>('.deck-toast');
  if (!el) {
    el = document.createElement('div');
    el.className = 'deck-toast';
    el.setAttribute('role', 'status');
    (document.querySelector('.reveal') ?? document.body).append(el);
  }
  el.textContent = text;
  el.hidden = false;
  clearTimeout(timer);
  timer = window.setTimeout(() => {
    if (el) el.hidden = true;
  }, ms);
}
