import type { DeckFeature } from '../app.ts';

/** The "数据表" button under each chart shows or hides its data table. */
export const chartTableToggle: DeckFeature = {
  name: 'chart-table',
  bind() {
    document.addEventListener('click', (e) => {
      const button = (e.target as Element | null)?.closest?.('.chart-table-toggle');
      if (!button) return;
      const table = document.getElementById(button.getAttribute('aria-controls') ?? '');
      if (!table) return;
      const open = table.hidden;
      table.hidden = !open;
      button.setAttribute('aria-expanded', String(open));
    });
  },
};
