import type { DeckFeature } from '../app.ts';
import './chart-table.css';
import { addHelpEntry } from './keys.ts';

/** T: the key for the data table (reveal and the presenting features use ? B . W F O G S M Esc Home End). */
export function isTableKey(e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.altKey || e.metaKey || e.shiftKey) return false;
  // A Chinese input method reports "Process": fall back to the physical key.
  return e.key === 't' || e.key === 'T' || ((e.key === 'Process' || e.key === 'Unidentified') && e.code === 'KeyT');
}

function typingInto(el: Element | null): boolean {
  return !!el && (/^(input|textarea|select)$/i.test(el.tagName) || (el as HTMLElement).isContentEditable);
}

function panelOf(control: Element): HTMLElement | null {
  return document.getElementById(control.getAttribute('aria-controls') ?? '');
}

function toggleFor(panel: HTMLElement): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.chart-table-toggle[aria-controls="${panel.id}"]`);
}

/** Opens or closes one data table; returns whether it is now open. */
export function setTableOpen(panel: HTMLElement, open: boolean, opts: { focus?: 'panel' | 'toggle' | 'none' } = {}): boolean {
  panel.hidden = !open;
  const toggle = toggleFor(panel);
  toggle?.setAttribute('aria-expanded', String(open));
  if (toggle) toggle.title = open ? '关闭数据表（T）' : '显示数据表（T）';
  // Focus moves into the table for screen readers; a div or a button never blocks reveal's keys.
  if (opts.focus === 'panel' && open) panel.focus({ preventScroll: true });
  else if (opts.focus === 'toggle') toggle?.focus({ preventScroll: true });
  else if (opts.focus === 'none' && document.activeElement instanceof HTMLElement && panel.parentElement?.closest('section')?.contains(document.activeElement)) {
    document.activeElement.blur();
  }
  return open;
}

function openPanels(root: ParentNode = document): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('.chart-table-panel:not([hidden])'));
}

/** The "数据表" button and the T key show or hide the current chart's data table; Esc or leaving the slide closes it. */
export const chartTableToggle: DeckFeature = {
  name: 'chart-table',
  bind(app) {
    addHelpEntry('讲话', { keys: ['T'], what: '图表页：显示或关闭图表的数据表' });
    document.addEventListener('click', (e) => {
      const control = (e.target as Element | null)?.closest?.('.chart-table-toggle, .chart-table-close');
      if (!control) return;
      const panel = panelOf(control);
      if (!panel) return;
      // e.detail is 0 for keyboard activation: then focus follows; after a mouse click nothing
      // keeps focus, so a clicker's space bar cannot press the button again.
      const byKeyboard = (e as MouseEvent).detail === 0;
      const open = control.classList.contains('chart-table-close') ? false : panel.hidden;
      setTableOpen(panel, open, { focus: open ? 'panel' : byKeyboard ? 'toggle' : 'none' });
    });
    document.addEventListener('keydown', (e) => {
      if (e.defaultPrevented || !isTableKey(e) || typingInto(document.activeElement)) return;
      const r = app.reveal;
      if (r.isOverview() || r.isPrintView()) return;
      const panel = r.getCurrentSlide()?.querySelector<HTMLElement>('.chart-table-panel');
      if (!panel) return;
      e.preventDefault();
      setTableOpen(panel, panel.hidden, { focus: panel.hidden ? 'panel' : 'none' });
    });
    window.addEventListener(
      'keydown',
      (e) => {
        if (e.key !== 'Escape') return;
        const open = openPanels();
        if (!open.length) return;
        // Esc closes the table first; only a second Esc reaches reveal (overview).
        e.preventDefault();
        e.stopImmediatePropagation();
        for (const p of open) setTableOpen(p, false, { focus: 'none' });
      },
      true,
    );
    const closeAll = () => {
      for (const p of openPanels()) setTableOpen(p, false, { focus: 'none' });
    };
    app.reveal.on('slidechanged', closeAll);
    app.reveal.on('overviewshown', closeAll);
  },
};
