import { chartTable, describeChart } from '../../charts/builders/index.ts';
import type { ChartSlide } from '../../model/types.ts';
import { h } from '../h.ts';
import { renderFigure, slideTitle } from './basic.ts';

/**
 * A chart slide: the drawing surface (filled by the chart lifecycle), a text
 * alternative generated from the data, a data table, and the source line.
 */
export function renderChart(s: ChartSlide): HTMLElement[] {
  const table = chartTable(s.chart);
  const tableId = `${s.id}-table`;
  return [
    slideTitle(s.title),
    h(
      'div',
      { class: s.aside?.length ? 'chart-row has-aside' : 'chart-row' },
      h('div', { class: 'chart-canvas', 'data-chart-for': s.id, role: 'img', 'aria-label': describeChart(s.chart), 'aria-describedby': tableId }),
      s.aside?.length ? h('div', { class: 'chart-aside' }, s.aside.map(renderFigure)) : null,
    ),
    h(
      'table',
      { class: 'chart-table', id: tableId, hidden: true },
      h('caption', {}, table.caption),
      h('thead', {}, h('tr', {}, table.head.map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, table.rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, c))))),
    ),
    h(
      'footer',
      { class: 'chart-foot' },
      h('p', { class: 'chart-source' }, s.sourceLabel),
      h('button', { type: 'button', class: 'chart-table-toggle', 'aria-controls': tableId, 'aria-expanded': 'false' }, '数据表'),
    ),
  ];
}
