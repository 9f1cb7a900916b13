/**
 * The charts' tooltip: the text a drawn item carries as its name (draw.ts), shown by the
 * pointer. ECharts' own tooltip component would add about 25 KB of gzip to the engine.
 * It never takes focus (reveal keeps its keys) and stays inside the chart.
 */
import type { EChartsInstance } from './registry.ts';

interface PointerEvent {
  readonly name?: string;
  readonly event?: { readonly offsetX?: number; readonly offsetY?: number };
}

const GAP = 18;

/** Shows each item's tip over `host` (the chart's container) while the pointer is on it; returns the teardown. */
export function attachTooltip(chart: EChartsInstance, host: HTMLElement): () => void {
  const tip = host.ownerDocument.createElement('div');
  tip.className = 'chart-tip';
  // The data table is the accessible form of the same data.
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  let shown = '';

  const move = (p: PointerEvent) => {
    const text = p.name ?? '';
    if (!text) return hide();
    if (text !== shown) {
      shown = text;
      const [head, ...rest] = text.split('\n');
      const title = host.ownerDocument.createElement('b');
      title.textContent = head;
      tip.replaceChildren(title, rest.length ? '\n' + rest.join('\n') : '');
      tip.classList.toggle('chart-tip-lines', rest.length > 0);
    }
    if (!tip.isConnected) host.append(tip);
    tip.hidden = false;
    const x = p.event?.offsetX ?? 0;
    const y = p.event?.offsetY ?? 0;
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    // Right of and below the pointer; flipped where the chart's edge would cut it.
    const left = x + GAP + w <= host.clientWidth ? x + GAP : Math.max(0, x - GAP - w);
    const top = y + GAP + h <= host.clientHeight ? y + GAP : Math.max(0, y - GAP - h);
    tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  };
  const hide = () => {
    tip.hidden = true;
  };
  chart.on('mousemove', move);
  chart.on('mouseout', hide);
  chart.on('globalout', hide);
  return () => {
    chart.off('mousemove', move);
    chart.off('mouseout', hide);
    chart.off('globalout', hide);
    tip.remove();
  };
}
