/**
 * `npm run export` end to end, once per format, against one build.
 * Counts and titles come from the model, never from fixed numbers.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildToTemp } from '../../scripts/lib/build.ts';
import { nativeChart } from '../../src/export/pptx/index.ts';
import { notesFor } from '../../src/model/notes.ts';
import type { ChartSpec } from '../../src/charts/types/specs.ts';
import { waitForCharts, waitForDeck } from '../../scripts/lib/wait-for-deck.ts';
import { deck, inkShare, pageGrey, pdfFonts, pdfInfo, pdfText, pngSize, root, runExport, slides, speech, squash, visibleTitle, xmlText } from './helpers.ts';

let dist: string;
let work: string;

beforeAll(async () => {
  dist = await buildToTemp('deck-export-test-');
  work = mkdtempSync(join(tmpdir(), 'deck-export-out-'));
});

afterAll(() => {
  rmSync(dist, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

async function exportOk(format: string, out: string, extra: string[] = []): Promise<string> {
  const run = await runExport([format, '--dir', dist, '--out', out, ...extra]);
  expect(run.stderr + run.stdout, `export ${format} failed`).toContain('已导出 / Exported');
  expect(run.code).toBe(0);
  // Progress is reported slide by slide (page by page when fragments are split).
  expect(run.stderr).toContain(extra.includes('--split-fragments') ? '1/' : `${slides.length}/${slides.length}`);
  // Atomic: no temp file left next to the output.
  expect(readdirSync(join(out, '..')).filter((f) => f.includes('.tmp-'))).toEqual([]);
  return run.stderr;
}

/** Source numbers a chart must carry in its embedded data. */
function sourceNumbers(spec: ChartSpec): number[] {
  switch (spec.type) {
    case 'dayShare':
      return [spec.value];
    case 'forecast':
      // The target is drawn as the speech's words (千亿产业园区), not as 1000.
      return spec.items.flatMap((i) => (i.kind === 'range' ? [i.low, i.high] : [i.low]));
    case 'doubling':
      // Drawn as 1 → 2 in words (翻一番): no index number on the slide (#11).
      return [];
    case 'roadmap':
      // Milestone years are drawn as the speech's words (一年, 三年, 五年); the span keeps its 3至5.
      return spec.span ? [spec.span.from, spec.span.to] : [];
    case 'honours':
      // Counts by level are derived: in the data table only, never drawn (#11).
      return [];
    case 'planCounts':
      // 十大 is in the title as words; the cells carry the named projects, no count.
      return [];
  }
}

describe('pdf', () => {
  let file: string;
  beforeAll(async () => {
    file = join(work, 'pdf', 'deck.pdf');
    await exportOk('pdf', file);
  });

  it('has one 16:9 page per slide, with the deck title as metadata', () => {
    const info = pdfInfo(file);
    expect(Number(info['Pages'])).toBe(slides.length);
    expect(info['Page size']).toMatch(/^1440 x 810 pts/);
    expect(info['Title']).toBe(deck.settings.meetingTitle);
    if (deck.settings.speaker) expect(info['Author']).toBe(deck.settings.speaker);
  });

  it('shows every slide title as text on its own page', () => {
    const pages = pdfText(file).split('\f');
    slides.forEach((s, i) => expect(squash(pages[i] ?? ''), `page ${i + 1} (${s.id})`).toContain(squash(visibleTitle(s))));
  });

  it('embeds every font it uses, all of them the deck\'s Chinese faces (no fallback boxes)', () => {
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    // The bundled "Deck Serif SC"/"Deck Sans SC" are subsets of Noto Serif SC/Noto Sans SC.
    expect(fonts.filter((f) => !/Noto(Serif|Sans)SC/.test(f.name)).map((f) => f.name)).toEqual([]);
  });

  it('draws every chart (pages are not blank where the chart is, and its figures are text)', () => {
    const pages = pdfText(file).split('\f');
    slides.forEach((s, i) => {
      if (s.kind !== 'chart') return;
      // The chart fills the left of the slide below its title.
      const ink = inkShare(pageGrey(file, i + 1), { x0: 0.06, y0: 0.25, x1: 0.6, y1: 0.85 });
      expect(ink, `chart page ${i + 1} (${s.id})`).toBeGreaterThan(0.03);
      // Print charts are SVG: their labels stay selectable text in the PDF.
      for (const n of sourceNumbers(s.chart)) expect(squash(pages[i] ?? ''), `${s.id}: ${n}`).toContain(String(n));
    });
  });

  it('splits fragments into pages on request', async () => {
    const split = join(work, 'pdf', 'split.pdf');
    await exportOk('pdf', split, ['--split-fragments']);
    const pages = Number(pdfInfo(split)['Pages']);
    const stepped = slides.filter((s) => (s.kind === 'points' && s.points.some((p) => typeof p !== 'string' && p.fragment)) || (s.kind === 'cards' && s.fragments));
    expect(pages).toBeGreaterThanOrEqual(slides.length + stepped.length);
    if (!stepped.length) expect(pages).toBe(slides.length);
  });

  it('has a bookmark for each part of the speech', async () => {
    const doc = await PDFDocument.load(readFileSync(file));
    const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    const titles: string[] = [];
    let item = outlines.lookupMaybe(PDFName.of('First'), PDFDict);
    while (item) {
      const t = item.lookup(PDFName.of('Title'));
      titles.push(t instanceof PDFHexString || t instanceof PDFString ? t.decodeText() : '');
      item = item.lookupMaybe(PDFName.of('Next'), PDFDict);
    }
    expect(titles).toHaveLength(deck.sections.length);
    for (const key of ['s1', 's2', 's3', 's4', 's5', 's6'] as const) expect(titles.join('|')).toContain(speech.partTitles[key]);
  });
});

describe('handout', () => {
  let file: string;
  beforeAll(async () => {
    file = join(work, 'handout.pdf');
    await exportOk('handout', file);
  });

  it('is A4 portrait with fonts embedded', () => {
    const info = pdfInfo(file);
    expect(info['Page size']).toMatch(/^595\.\d* x 841\.\d* pts|^595\.\d* x 842 pts|A4/);
    expect(pdfFonts(file).filter((f) => !f.embedded)).toEqual([]);
  });

  it('holds every body paragraph of the speech, and every slide title', () => {
    // Page furniture (the "— 3 —" footer) sits between the halves of a paragraph that crosses a page: drop it.
    const text = squash(
      pdfText(file)
        .split('\f')
        .map((page) => page.replace(/^\s*—\s*\d+\s*—\s*$/m, ''))
        .join(''),
    );
    const body = speech.paragraphs.filter((p) => p.kind === 'body');
    expect(body.length).toBeGreaterThan(0);
    const missing = body.filter((p) => !text.includes(squash(p.text))).map((p) => p.id);
    expect(missing).toEqual([]);
    for (const s of slides) expect(text, s.id).toContain(squash(visibleTitle(s)));
  });
});

describe('png', () => {
  it('writes one numbered 1920×1080 image per slide', async () => {
    const dir = join(work, 'png');
    await exportOk('png', dir);
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(slides.length);
    files.forEach((f, i) => {
      expect(f).toMatch(new RegExp(`^0*${i + 1}-${slides[i].id}\\.png$`));
      expect(pngSize(join(dir, f))).toEqual({ width: 1920, height: 1080 });
    });
  });
});

describe('pptx', () => {
  let file: string;
  let zip: JSZip;
  beforeAll(async () => {
    file = join(work, 'deck.pptx');
    await exportOk('pptx', file);
    zip = await JSZip.loadAsync(readFileSync(file));
  });

  const read = (path: string): Promise<string> => {
    const f = zip.file(path);
    if (!f) throw new Error(`missing ${path}`);
    return f.async('string');
  };

  it('has one PowerPoint slide per deck slide', () => {
    expect(zip.file(/^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(slides.length);
  });

  it('draws every chart as a native chart holding the source values', async () => {
    for (const [i, s] of slides.entries()) {
      const rels = await read(`ppt/slides/_rels/slide${i + 1}.xml.rels`);
      const charts = Array.from(rels.matchAll(/Target="(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)"/g)).map((m) => m[1]);
      if (s.kind !== 'chart') {
        expect(charts, s.id).toEqual([]);
        continue;
      }
      expect(charts, s.id).toHaveLength(1);
      const xml = await read(`ppt/charts/${charts[0]}`);
      const cached = Array.from(xml.matchAll(/<c:v>([^<]*)<\/c:v>/g)).map((m) => xmlText(m[1]));
      const numbers = cached.map(Number).filter((n) => !Number.isNaN(n));
      const strings = cached.join('|');
      for (const n of sourceNumbers(s.chart)) expect(numbers.includes(n) || strings.includes(String(n)), `${s.id}: ${n}`).toBe(true);
      // And exactly the data the shared builder produced.
      for (const series of (await nativeChart(s.chart))!.series) for (const v of series.values) expect(numbers, `${s.id} ${series.name}`).toContain(v);
    }
  });

  it('carries each slide\'s speech paragraphs as its speaker notes', async () => {
    for (const [i, s] of slides.entries()) {
      const rels = await read(`ppt/slides/_rels/slide${i + 1}.xml.rels`);
      const note = /Target="(?:\.\.|\/ppt)\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
      expect(note, s.id).toBeTruthy();
      const text = squash(xmlText(await read(`ppt/notesSlides/${note}`)));
      for (const p of notesFor(s, speech)) expect(text, `${s.id} ${p.id}`).toContain(squash(p.text));
    }
  });

  it('opens in LibreOffice with every slide and its title', () => {
    const out = join(work, 'lo');
    mkdirSync(out, { recursive: true });
    // The deck's fonts, visible to LibreOffice for this conversion only (nothing is installed on the system).
    const conf = join(work, 'fonts.conf');
    const fontDirs = ['noto-serif-sc', 'noto-sans-sc'].map((f) => join(root, 'node_modules/@expo-google-fonts', f)).filter(existsSync);
    writeFileSync(
      conf,
      `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>${fontDirs.map((d) => `<dir>${d}</dir>`).join('')}<cachedir>${join(work, 'fontcache')}</cachedir></fontconfig>`,
    );
    execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, file], {
      env: { ...process.env, HOME: join(work, 'lo-home'), FONTCONFIG_FILE: conf },
      stdio: 'pipe',
      timeout: 180_000,
    });
    const pdf = join(out, 'deck.pdf');
    expect(Number(pdfInfo(pdf)['Pages'])).toBe(slides.length);
    const pages = pdfText(pdf).split('\f');
    slides.forEach((s, i) => expect(squash(pages[i] ?? ''), `LibreOffice page ${i + 1} (${s.id})`).toContain(squash(visibleTitle(s))));
  });
});

describe('export menu in the deck (key E)', () => {
  it('opens with E, downloads the same PPTX built in the browser, loads pptxgenjs only when asked, and opens the print view', async () => {
    const { serveStatic } = await import('../../scripts/lib/serve.ts');
    const { launchBrowser } = await import('../../scripts/lib/browser.ts');
    const server = await serveStatic(dist);
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`${server.url}index.html`);
      await waitForDeck(page);
      expect(requests.filter((u) => /pptxgen/.test(u))).toEqual([]);
      await page.keyboard.press('e');
      const menu = page.locator('.deck-overlay-export');
      await expect.poll(() => menu.isVisible()).toBe(true);
      const [download] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: /PowerPoint/ }).click()]);
      expect(download.suggestedFilename()).toMatch(/\.pptx$/);
      const path = join(work, 'menu.pptx');
      await download.saveAs(path);
      const zip = await JSZip.loadAsync(readFileSync(path));
      expect(zip.file(/^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(slides.length);
      expect(zip.file(/^ppt\/charts\/chart\d+\.xml$/)).toHaveLength(slides.filter((s) => s.kind === 'chart').length);
      expect(requests.filter((u) => /pptxgen/.test(u)).length).toBeGreaterThan(0);
      expect(requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
      // Print: a new tab with the print view, which reaches charts-ready (then calls window.print()).
      const [popup] = await Promise.all([context.waitForEvent('page'), menu.getByRole('button', { name: /PDF/ }).click()]);
      await popup.waitForLoadState();
      expect(popup.url()).toContain('print-pdf');
      await waitForCharts(popup, { timeout: 60_000 });
      expect(await popup.locator('.pdf-page').count()).toBe(slides.length);
      await page.keyboard.press('Escape');
      await expect.poll(() => menu.isVisible()).toBe(false);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
