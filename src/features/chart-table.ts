import type { DeckFeature } from '../app.ts';
import './chart-table.css';
import { Cleanup } from './cleanup.ts';

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

function closeAll(): void {
  for (const p of openPanels()) setTableOpen(p, false, { focus: 'none' });
}

const cleanup = new Cleanup();

/** The "数据表" button and the T key show or hide the current chart's data table; Esc or leaving the slide closes it. */
export const chartTableToggle: DeckFeature = {
  name: 'chart-table',
  bind(app) {
    cleanup.listen(document, 'click', (e) => {
      const control = (e.target as Element | null)?.closest?.('.chart-table-toggle, .chart-table-close');
      if (!control) return;
      const panel = panelOf(control);
      if (!panel) return;
      // e.detail is 0 for keyboard activation: then focus follows; after a mouse click nothing
      // keeps focus, so a clicker's space bar cannot press the button again.
      const byKeyboard = e.detail === 0;
      const open = control.classList.contains('chart-table-close') ? false : panel.hidden;
      setTableOpen(panel, open, { focus: open ? 'panel' : byKeyboard ? 'toggle' : 'none' });
    });
    const r = app.reveal;
    const currentPanel = () => (r.isOverview() || r.isPrintView() ? null : (r.getCurrentSlide()?.querySelector<HTMLElement>('.chart-table-panel') ?? null));
    cleanup.add(
      app.keys.handle('table', {
        applies: () => !!currentPanel(),
        run: () => {
          const panel = currentPanel();
          if (panel) setTableOpen(panel, panel.hidden, { focus: panel.hidden ? 'panel' : 'none' });
        },
      }),
    );
    // Esc closes the table first; only a second Esc reaches reveal (overview).
    cleanup.add(app.keys.handle('table-close', { applies: () => openPanels().length > 0, run: closeAll }));
    cleanup.on(r, 'slidechanged', closeAll);
    cleanup.on(r, 'overviewshown', closeAll);
  },
  destroy() {
    cleanup.run();
  },
};
