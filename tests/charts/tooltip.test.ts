// @vitest-environment happy-dom
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { EChartsInstance } from '../../src/charts/registry.ts';
import { attachTooltip } from '../../src/charts/tooltip.ts';

type Handler = (p: unknown) => void;

/** Just the event surface of an ECharts instance. */
function fakeChart() {
  const handlers = new Map<string, Set<Handler>>();
  const chart = {
    on: (type: string, fn: Handler) => void (handlers.get(type) ?? handlers.set(type, new Set()).get(type)!).add(fn),
    off: (type: string, fn: Handler) => void handlers.get(type)?.delete(fn),
  };
  const fire = (type: string, p: unknown = {}) => handlers.get(type)?.forEach((fn) => fn(p));
  const count = () => [...handlers.values()].reduce((n, s) => n + s.size, 0);
  return { chart: chart as unknown as EChartsInstance, fire, count };
}

// happy-dom lays nothing out: give the chart and its tip sizes.
const size = (el: HTMLElement, w: number, h: number) => {
  Object.defineProperty(el, 'clientWidth', { value: w, configurable: true });
  Object.defineProperty(el, 'clientHeight', { value: h, configurable: true });
};
const proto = HTMLElement.prototype;
const saved = [Object.getOwnPropertyDescriptor(proto, 'offsetWidth'), Object.getOwnPropertyDescriptor(proto, 'offsetHeight')];
Object.defineProperty(proto, 'offsetWidth', { get: () => 200, configurable: true });
Object.defineProperty(proto, 'offsetHeight', { get: () => 80, configurable: true });
afterAll(() => {
  if (saved[0]) Object.defineProperty(proto, 'offsetWidth', saved[0]);
  if (saved[1]) Object.defineProperty(proto, 'offsetHeight', saved[1]);
});

describe('chart tooltip', () => {
  let host: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = '<div class="chart-canvas"><div class="painter"></div></div>';
    host = document.querySelector<HTMLElement>('.chart-canvas')!;
    size(host, 800, 400);
  });
  const tip = () => host.querySelector<HTMLElement>('.chart-tip');

  it('shows the hovered item’s text by the pointer, a heading over its lines, hidden from screen readers', () => {
    const { chart, fire } = fakeChart();
    attachTooltip(chart, host);
    expect(tip()).toBeNull();
    fire('mousemove', { name: '全省\n人口计生优质服务全省先进', event: { offsetX: 100, offsetY: 50 } });
    expect(tip()!.hidden).toBe(false);
    expect(tip()!.querySelector('b')!.textContent).toBe('全省');
    expect(tip()!.textContent).toBe('全省\n人口计生优质服务全省先进');
    expect(tip()!.classList.contains('chart-tip-lines')).toBe(true);
    expect(tip()!.getAttribute('aria-hidden')).toBe('true');
    expect(tip()!.style.transform).toBe('translate(118px, 68px)');
    // One line: no heading style.
    fire('mousemove', { name: '南车株机：400—500亿元', event: { offsetX: 100, offsetY: 50 } });
    expect(tip()!.classList.contains('chart-tip-lines')).toBe(false);
  });

  it('stays inside the chart: flips to the pointer’s left and above it near the edges', () => {
    const { chart, fire } = fakeChart();
    attachTooltip(chart, host);
    fire('mousemove', { name: 'x', event: { offsetX: 700, offsetY: 380 } });
    expect(tip()!.style.transform).toBe(`translate(${700 - 18 - 200}px, ${380 - 18 - 80}px)`);
  });

  it('hides on an item without a tip, when the pointer leaves, and goes away with the chart', () => {
    const { chart, fire, count } = fakeChart();
    const untip = attachTooltip(chart, host);
    fire('mousemove', { name: 'x', event: { offsetX: 1, offsetY: 1 } });
    fire('mousemove', { name: '', event: { offsetX: 1, offsetY: 1 } });
    expect(tip()!.hidden).toBe(true);
    fire('mousemove', { name: 'x', event: { offsetX: 1, offsetY: 1 } });
    fire('globalout');
    expect(tip()!.hidden).toBe(true);
    fire('mousemove', { name: 'x', event: { offsetX: 1, offsetY: 1 } });
    fire('mouseout');
    expect(tip()!.hidden).toBe(true);
    untip();
    expect(tip()).toBeNull();
    expect(count()).toBe(0);
  });
});
