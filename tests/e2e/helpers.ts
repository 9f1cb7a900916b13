/** Shared helpers for browser tests: open the deck, watch the network and the console, measure charts. */
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { waitForCharts as waitForChartsDrawn, waitForDeck } from '../../scripts/lib/wait-for-deck.ts';

export interface OpenDeck {
  page: Page;
  context: BrowserContext;
  errors: string[];
  /** Every URL the page asked for. */
  requests: string[];
}

export { launchBrowser, waitForDeck };

/** Opens the deck in a new page of `context`, recording console errors and requests from the start; `setup` runs before it loads. */
export async function openDeckIn(context: BrowserContext, url: string, setup?: (page: Page) => void): Promise<OpenDeck> {
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  setup?.(page);
  await page.goto(url);
  await waitForDeck(page);
  return { page, context, errors, requests };
}

export async function openDeck(browser: Browser, url: string, viewport = { width: 1920, height: 1080 }): Promise<OpenDeck> {
  return openDeckIn(await browser.newContext({ viewport }), url);
}

export async function waitForCharts(page: Page | Frame): Promise<void> {
  await waitForChartsDrawn(page, { timeout: 20_000 });
}

export interface ChartPaint {
  width: number;
  height: number;
  /** Share of the drawing surface's pixels (canvas) or shapes (SVG) that carry ink. */
  inked: number;
  renderer: 'canvas' | 'svg' | 'none';
}

/** Measures how much of a chart container is drawn, in whichever renderer it uses. */
export async function chartPaint(page: Page, container: string): Promise<ChartPaint> {
  return page.$eval(container, (el) => {
    const rect = el.getBoundingClientRect();
    const canvas = el.querySelector('canvas');
    if (canvas) {
      const ctx = canvas.getContext('2d');
      if (!ctx || canvas.width === 0 || canvas.height === 0) return { width: rect.width, height: rect.height, inked: 0, renderer: 'canvas' as const };
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let ink = 0;
      for (let i = 3; i < data.length; i += 16) if (data[i] > 0) ink++;
      return { width: rect.width, height: rect.height, inked: ink / (data.length / 16), renderer: 'canvas' as const };
    }
    const svg = el.querySelector('svg');
    if (svg) {
      const shapes = Array.from(svg.querySelectorAll('path, rect, circle, text')).filter((s) => {
        // The drawn size, transforms included: ECharts draws symbols as unit paths scaled up.
        const b = s.getBoundingClientRect();
        const fill = s.getAttribute('fill');
        return b.width * b.height > 4 && fill !== 'none' && fill !== 'transparent';
      });
      return { width: rect.width, height: rect.height, inked: shapes.length, renderer: 'svg' as const };
    }
    return { width: rect.width, height: rect.height, inked: 0, renderer: 'none' as const };
  });
}

/** True when the URL is served by this machine (or is an inline/data resource). */
export function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('file:') || url.startsWith('about:')) return true;
  const host = new URL(url).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
}
