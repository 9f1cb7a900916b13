/**
 * Sharing: the built deck works under any URL path with deep links, the
 * single offline file works from file:// with the network cut off (slides,
 * charts, speaker view), nothing is ever requested from another host, and
 * the link-preview tags and image are there.
 */
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deck } from '../../slides/index.ts';
import { buildSingleToTemp } from '../../scripts/lib/build.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/serve.ts';
import { OG_IMAGE, OG_SIZE } from '../../scripts/share/plugin.ts';
import { FONT_FAMILY } from '../../src/theme/fonts.ts';
import { deckSlides } from '../../src/model/types.ts';
import { chartPaint, isLocal, launchBrowser, openDeck, openDeckIn, waitForCharts } from './helpers.ts';

const slides = deckSlides(deck);
/** The single file is built with a share URL set from the environment (VITE_SHARE_URL), as a deployer would. */
const SHARE_URL = 'https://example.org/decks/2024/';

/** Visits every slide; asserts every chart is drawn (not blank). */
async function walkDeck(page: Page): Promise<void> {
  for (let i = 0; i < slides.length; i++) {
    await page.evaluate((n) => window.Reveal!.slide(n), i);
    await waitForCharts(page);
    const slide = slides[i];
    expect(await page.evaluate(() => window.Reveal!.getCurrentSlide()?.id), `slide ${i}`).toBe(slide.id);
    if (slide.kind !== 'chart') continue;
    const paint = await chartPaint(page, `#${slide.id} .chart-canvas`);
    expect(paint.width, `${slide.id} width`).toBeGreaterThan(200);
    expect(paint.inked, `${slide.id} is blank`).toBeGreaterThan(0.02);
  }
}

/** True when the deck's own fonts (not a fallback) are loaded for each family. */
async function deckFontsLoaded(page: Page): Promise<Record<string, boolean>> {
  return page.evaluate(async (families) => {
    await document.fonts.ready;
    const out: Record<string, boolean> = {};
    for (const f of families) {
      out[f] = [...document.fonts].some((face) => face.family.replace(/"/g, '') === f && face.status === 'loaded');
    }
    return out;
  }, Object.values(FONT_FAMILY));
}

function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('sharing the deck', () => {
  let browser: Browser;
  let sub: StaticServer;
  let singleFile = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    sub = await serveStatic(inject('distDir'), '/decks/2024/');
  });
  afterAll(async () => {
    await browser?.close();
    await sub?.close();
    if (singleFile) rmSync(dirname(singleFile), { recursive: true, force: true });
  });

  it('works under a sub-path: every slide, every chart, deep links, and only its own host', async () => {
    const { page, errors, requests, context } = await openDeck(browser, sub.url);
    expect(await page.evaluate(() => window.Reveal!.getTotalSlides())).toBe(slides.length);
    await walkDeck(page);
    expect(await deckFontsLoaded(page)).toEqual({ [FONT_FAMILY.serif]: true, [FONT_FAMILY.sans]: true });
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !isLocal(u))).toEqual([]);
    // Served from this machine with no share URL set, a QR code would point nowhere useful: none is shown.
    const qrs = await page.$$eval('section[data-kind="closing"] .share-qr', (els) => els.map((e) => (e as HTMLElement).dataset.url));
    expect(qrs).toEqual(deck.settings.shareUrl ? [new URL(deck.settings.shareUrl).href] : []);
    // Every request stayed under the sub-path: no absolute /assets/… URL anywhere.
    expect(sub.requests.filter((p) => !p.startsWith('/decks/2024/'))).toEqual([]);
    await context.close();

    const target = slides[Math.floor(slides.length / 2)];
    const deep = await openDeck(browser, `${sub.url}#/${target.id}`);
    expect(await deep.page.evaluate(() => window.Reveal!.getCurrentSlide()?.id)).toBe(target.id);
    expect(deep.errors).toEqual([]);
    await deep.context.close();
  });

  it('has a title, description, Open Graph tags, a CSP and a cover preview image', () => {
    const dir = inject('distDir');
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const s = deck.settings;
    expect(html).toContain(`<title>${s.meetingTitle}</title>`);
    expect(html).toContain(`<meta name="description" content="${s.description}">`);
    expect(html).toContain(`<meta property="og:title" content="${s.meetingTitle}">`);
    expect(html).toContain(`<meta property="og:description" content="${s.description}">`);
    expect(html).toMatch(/<meta name="twitter:card" content="summary(_large_image)?">/);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/https?:|\*/);
    // The CSP meta comes before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    if (s.shareUrl) {
      expect(html).toContain(`<meta property="og:url" content="${new URL(s.shareUrl).href}">`);
      expect(html).toContain(`<meta property="og:image" content="${new URL(OG_IMAGE, s.shareUrl).href}">`);
    } else {
      // Without a share URL there is no absolute address to give.
      expect(html).not.toContain('og:url');
      expect(html).not.toContain('og:image"');
    }
    expect(pngSize(join(dir, OG_IMAGE))).toEqual(OG_SIZE);
    // The font licences ship with the fonts.
    const manifest = JSON.parse(readFileSync(join(dir, 'assets/fonts/fonts.json'), 'utf8')) as { licenses: string[]; files: { file: string }[] };
    expect(manifest.licenses.length).toBeGreaterThan(0);
    for (const l of manifest.licenses) expect(readFileSync(join(dir, l), 'utf8')).toContain('SIL Open Font License');
    for (const f of manifest.files) expect(html).toContain(f.file);
  });

  it('builds one self-contained file that works from file:// with the network cut off', async () => {
    process.env['VITE_SHARE_URL'] = SHARE_URL;
    try {
      singleFile = await buildSingleToTemp('deck-share-single-');
    } finally {
      delete process.env['VITE_SHARE_URL'];
    }
    const html = readFileSync(singleFile, 'utf8');
    // With a share URL, link previews get absolute addresses.
    expect(html).toContain(`<meta property="og:url" content="${SHARE_URL}">`);
    expect(html).toContain(`<meta property="og:image" content="${SHARE_URL}og-image.png">`);
    // Nothing external: no src/href to a file or host, fonts inlined.
    expect(html).not.toMatch(/<script[^>]+\bsrc=/);
    expect(html).not.toMatch(/<link[^>]+rel="(stylesheet|preload|modulepreload)"/);
    expect(html).toContain('src:url("data:font/woff2;base64,');
    expect(html).toContain('SIL Open Font License');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);

    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const offending: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      offending.push(url);
      return route.abort('internetdisconnected');
    });
    const url = pathToFileURL(singleFile).href;
    const { page, errors, requests } = await openDeckIn(context, url);
    expect(await page.evaluate(() => window.Reveal!.getTotalSlides())).toBe(slides.length);
    await walkDeck(page);
    expect(await deckFontsLoaded(page)).toEqual({ [FONT_FAMILY.serif]: true, [FONT_FAMILY.sans]: true });

    // The closing slide carries a QR code of the share URL, drawn locally; Q shows it full-screen.
    const closing = slides.find((x) => x.kind === 'closing')!;
    await page.evaluate((n) => window.Reveal!.slide(n), slides.indexOf(closing));
    const qr = await page.$eval(`#${closing.id} .closing-extra .share-qr`, (fig) => ({
      url: (fig as HTMLElement).dataset.url,
      viewBox: fig.querySelector('svg')?.getAttribute('viewBox'),
      dark: (fig.querySelector('path')?.getAttribute('d')?.match(/h1v1h-1z/g) ?? []).length,
      width: fig.querySelector('svg')!.getBoundingClientRect().width,
    }));
    const expected = QRCode.create(SHARE_URL, { errorCorrectionLevel: 'M' }).modules;
    expect(qr.url).toBe(SHARE_URL);
    expect(qr.viewBox).toBe(`0 0 ${expected.size + 8} ${expected.size + 8}`);
    expect(qr.dark).toBe(expected.data.reduce((n, b) => n + (b ? 1 : 0), 0));
    expect(qr.width).toBeGreaterThan(100);
    await page.keyboard.press('q');
    const big = await page.$eval('.deck-overlay-share', (el) => ({ hidden: (el as HTMLElement).hidden, w: el.querySelector('svg')?.getBoundingClientRect().width ?? 0 }));
    expect(big.hidden).toBe(false);
    expect(big.w).toBeGreaterThan(400);
    await page.keyboard.press('Escape');
    expect(await page.$eval('.deck-overlay-share', (el) => (el as HTMLElement).hidden)).toBe(true);
    expect(await page.evaluate(() => window.Reveal!.isOverview())).toBe(false);

    // The speaker view is the same file with ?speaker; its previews are frames of it.
    const popupPromise = context.waitForEvent('page');
    await page.evaluate(() => window.Reveal!.slide(1));
    await page.keyboard.press('s');
    const speaker = await popupPromise;
    speaker.on('console', (m) => m.type() === 'error' && errors.push(`speaker: ${m.text()}`));
    speaker.on('pageerror', (e) => errors.push(`speaker: ${e.message}`));
    await speaker.waitForLoadState('load');
    expect(new URL(speaker.url()).search).toBe('?speaker');
    // It shows the current slide's speech text, which came over postMessage from the deck window.
    const firstNote = await page.evaluate(() => document.querySelector('.reveal .slides section.present aside.notes')?.textContent?.trim().slice(0, 12) ?? '');
    expect(firstNote.length).toBeGreaterThan(0);
    await speaker.waitForFunction((t) => document.body.innerText.includes(t), firstNote, { timeout: 15_000 });
    await speaker.close();

    expect(errors).toEqual([]);
    expect(offending).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
    await context.close();
  });
});
