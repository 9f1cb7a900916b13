import { chartTable, describeChart } from '../../charts/types/index.ts';
import { sourceLabel } from '../../model/shown.ts';
import type { Speech } from '../../model/speech.ts';
import type { ChartSlide } from '../../model/types.ts';
import { h } from '../h.ts';
import { renderFigure, slideTitle } from './basic.ts';

/**
 * A chart slide: the drawing surface (filled by the chart lifecycle), a text
 * alternative generated from the data, a data table that opens over the chart
 * (button "数据表" or key T, see src/features/chart-table.ts) with the derived values and where the
 * figures stand in the speech. The projected chart carries only the speech's own figures.
 */
export function renderChart(s: ChartSlide, speech: Speech): HTMLElement[] {
  const table = chartTable(s.chart);
  const tableId = `${s.id}-table`;
  const panelId = `${s.id}-table-panel`;
  return [
    slideTitle(s.title),
    h(
      'div',
      { class: 'chart-stage' },
      h(
        'div',
        { class: s.aside?.length ? 'chart-row has-aside' : 'chart-row' },
        h('div', { class: 'chart-canvas', 'data-chart-for': s.id, role: 'img', 'aria-label': describeChart(s.chart), 'aria-describedby': tableId }),
        s.aside?.length ? h('div', { class: 'chart-aside' }, s.aside.map(renderFigure)) : null,
      ),
      h(
        'div',
        { class: 'chart-table-panel', id: panelId, hidden: true, role: 'region', 'aria-label': `${table.caption}（数据表）`, tabindex: '-1' },
        h(
          'table',
          { class: 'chart-table', id: tableId },
          h('caption', {}, table.caption),
          h('thead', {}, h('tr', {}, table.head.map((c) => h('th', { scope: 'col' }, c)))),
          h('tbody', {}, table.rows.map((r) => h('tr', {}, r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', {}, c)))))),
        ),
        h('p', { class: 'chart-table-source' }, `出处：${sourceLabel(s.source, speech)}`),
        h('button', { type: 'button', class: 'chart-table-close', 'aria-controls': panelId, title: '关闭数据表（T）' }, '关闭'),
      ),
    ),
    h(
      'footer',
      { class: 'chart-foot' },
      h('button', { type: 'button', class: 'chart-table-toggle', 'aria-controls': panelId, 'aria-expanded': 'false', 'aria-keyshortcuts': 'T', title: '显示数据表（T）' }, '数据表'),
    ),
  ];
}
