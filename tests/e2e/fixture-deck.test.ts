/**
 * The made-up three-part deck (tests/fixtures/three-part) through the whole
 * engine: built with Vite (DECK_DIR), walked in the browser, exported to PDF
 * and PPTX by the same scripts/export code. One build for all of it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from '@cantoo/pdf-lib';
import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildToTemp } from '../../scripts/lib/build.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/serve.ts';
import { partHeading } from '../../src/model/shown.ts';
import { deckSlides } from '../../src/model/types.ts';
import { root, runExport, xmlText } from '../export/helpers.ts';
import { deck } from '../fixtures/three-part/index.ts';
import { speech } from '../fixtures/three-part/source/index.ts';
import { launchBrowser, openDeck, openDeckIn, waitForDeck } from './helpers.ts';

const DECK_DIR = 'tests/fixtures/three-part';
const slides = deckSlides(deck);
let dist: string;
let work: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  dist = await buildToTemp('deck-fixture-', join(root, DECK_DIR));
  work = mkdtempSync(join(tmpdir(), 'deck-fixture-out-'));
  server = await serveStatic(dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dist, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('the three-part fixture deck', () => {
  it('builds its own deck, with fonts for its own words', () => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(html).toContain(`<title>${deck.settings.meetingTitle}</title>`);
    const fonts = JSON.parse(readFileSync(join(dist, 'assets/fonts/fonts.json'), 'utf8')) as { files: { chars: number }[] };
    expect(fonts.files.length).toBeGreaterThan(0);
  });

  it('is walked slide by slide in the browser: every slide reached, its chart drawn, no console error', async () => {
    const { page, context, errors, requests } = await openDeck(browser, `${server.url}index.html`);
    try {
      const ids = await page.evaluate(() => window.Reveal!.getSlides().map((s) => s.id));
      expect(ids).toEqual(slides.map((s) => s.id));
      for (const [i, slide] of slides.entries()) {
        await page.evaluate((n) => window.Reveal!.slide(n, 0, Number.MAX_SAFE_INTEGER), i);
        await page.waitForFunction((id) => window.Reveal!.getCurrentSlide()?.id === id, slide.id);
      }
      // The divider of part 三 shows its numeral and its heading from this speech.
      const divider = await page.$eval('#part-3', (el) => el.textContent ?? '');
      expect(divider).toContain(partHeading('s3', speech).slice(2));
      expect(await page.$eval('#part-3 .divider-numeral', (el) => el.textContent)).toBe('三');
      await page.evaluate((n) => window.Reveal!.slide(n), slides.findIndex((s) => s.kind === 'chart'));
      await page.waitForFunction(() => document.documentElement.dataset.chartsReady === 'true', undefined, { timeout: 20_000 });
      expect(await page.$$eval('[data-chart-for="open-days"] canvas, [data-chart-for="open-days"] svg', (els) => els.length)).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      expect(requests.filter((u) => !u.startsWith(server.url) && !/^(data|blob):/.test(u))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('names its own settings file wherever the page asks the presenter to fill something in', async () => {
    const file = `${DECK_DIR}/settings.ts`;
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      // The speaker view's pre-meeting check (the fixture's settings leave items open).
      const speaker = await context.newPage();
      await speaker.goto(`${server.url}index.html?speaker`);
      await waitForDeck(speaker, { reveal: false });
      const hints = await speaker.$$eval('.sp-check li small', (els) => els.map((e) => e.textContent ?? ''));
      expect(hints.length).toBeGreaterThan(0);
      for (const h of hints) expect(h).toContain(`改：${file}，`);
      // Q with no share URL set says where to set it.
      const { page, errors } = await openDeckIn(context, `${server.url}index.html`);
      await page.keyboard.press('q');
      await expect.poll(() => page.locator('.share-qr-missing').innerText()).toContain(`请在 ${file} 中填写 shareUrl`);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('exports to PDF with one page per slide and an outline of its own parts', async () => {
    const out = join(work, 'fixture.pdf');
    const run = await runExport(['pdf', '--dir', dist, '--out', out, '--quiet'], { DECK_DIR });
    expect(run.stderr + run.stdout).toContain('已导出 / Exported');
    const doc = await PDFDocument.load(readFileSync(out));
    expect(doc.getPageCount()).toBe(slides.length);
    const titles: string[] = [];
    let item = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict).lookupMaybe(PDFName.of('First'), PDFDict);
    while (item) {
      const t = item.lookup(PDFName.of('Title'));
      titles.push(t instanceof PDFHexString || t instanceof PDFString ? t.decodeText() : '');
      item = item.lookupMaybe(PDFName.of('Next'), PDFDict);
    }
    expect(titles).toEqual(speech.parts.map((p) => partHeading(p, speech)));
  });

  it('exports to PPTX with its slides, its chart and its speech as notes', async () => {
    const out = join(work, 'fixture.pptx');
    const run = await runExport(['pptx', '--dir', dist, '--out', out, '--quiet'], { DECK_DIR });
    expect(run.stderr + run.stdout).toContain('已导出 / Exported');
    const zip = await JSZip.loadAsync(readFileSync(out));
    const slideXml = zip.file(/^ppt\/slides\/slide\d+\.xml$/);
    expect(slideXml).toHaveLength(slides.length);
    expect(zip.file(/^ppt\/charts\/chart\d+\.xml$/)).toHaveLength(1);
    const text = (await Promise.all(slideXml.map((f) => f.async('string')))).map(xmlText).join('|');
    expect(text).toContain(speech.partTitles.s3);
    const notes = (await Promise.all(zip.file(/^ppt\/notesSlides\/notesSlide\d+\.xml$/).map((f) => f.async('string')))).map(xmlText).join('|');
    expect(notes).toContain(speech.byId.get('s3.i2')!.text);
  });
});
