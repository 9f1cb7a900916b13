/**
 * `handout` (讲稿): an A4 portrait PDF that reads as the printed speech with
 * its figures: each slide's picture, then the speech paragraphs it presents.
 * Paragraphs no slide cites still appear, in speech order, so the handout
 * always holds the whole speech.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Paragraph } from '../../../src/model/speech.ts';
import type { Slide } from '../../../src/model/types.ts';
import { tokens } from '../../../src/theme/tokens.ts';
import type { AtomicTarget } from '../atomic.ts';
import { partHeading } from '../../../src/model/shown.ts';
import { outlineFor, pdfMeta, titleOf } from '../deck-info.ts';
import { ExportError, msg } from '../messages.ts';
import type { DeckModel } from '../model.ts';
import { finishPdf } from '../outline.ts';
import { checkPages, pagePicture, printQuery } from '../print-view.ts';
import { progress, type Progress } from '../progress.ts';
import type { Session } from '../session.ts';

export type HandoutBlock =
  | { readonly kind: 'slide'; readonly slide: Slide; readonly number: number; readonly paragraphs: readonly Paragraph[]; readonly shownBefore: readonly string[] }
  | { readonly kind: 'text'; readonly paragraphs: readonly Paragraph[] };

/** Orders the speech under the slides: every paragraph exactly once, in speech order as far as the slides allow. */
export function handoutPlan(model: DeckModel): HandoutBlock[] {
  const { speech, slides } = model;
  const order = new Map(speech.paragraphs.map((p, i) => [p.id, i]));
  const cited = new Set(slides.flatMap((s) => s.source));
  const printed = new Set<string>();
  const blocks: HandoutBlock[] = [];
  // Uncited paragraphs are printed before the first slide whose material comes after them.
  const flushUncitedBefore = (limit: number): void => {
    const loose = speech.paragraphs.filter((p, i) => i < limit && !cited.has(p.id) && !printed.has(p.id));
    loose.forEach((p) => printed.add(p.id));
    if (loose.length) blocks.push({ kind: 'text', paragraphs: loose });
  };
  slides.forEach((slide, i) => {
    const own = slide.source.map((id) => order.get(id)).filter((n): n is number => n !== undefined);
    if (own.length) flushUncitedBefore(Math.min(...own));
    const mine = speech.paragraphs.filter((p) => slide.source.includes(p.id));
    const fresh = mine.filter((p) => !printed.has(p.id));
    fresh.forEach((p) => printed.add(p.id));
    blocks.push({ kind: 'slide', slide, number: i + 1, paragraphs: fresh, shownBefore: mine.filter((p) => !fresh.includes(p)).map((p) => p.id) });
  });
  flushUncitedBefore(Number.POSITIVE_INFINITY);
  return blocks;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function paragraphHtml(p: Paragraph): string {
  if (p.kind === 'heading') return `<h2 class="speech-heading" data-paragraph="${p.id}">${esc(p.text)}</h2>`;
  return `<p class="speech-${p.kind}" data-paragraph="${p.id}">${esc(p.text)}</p>`;
}

/**
 * The deck's bundled Chinese fonts: the @font-face rules the build puts in
 * index.html (<style id="deck-fonts">), whose URLs are relative to it. Their
 * subsets cover the whole speech, so the handout's text is set in them too.
 */
export function deckFontCss(dir: string): string {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  return Array.from(html.matchAll(/<style[^>]*id="deck-fonts"[^>]*>([\s\S]*?)<\/style>/g))
    .map((m) => m[1])
    .join('\n');
}

export function handoutHtml(model: DeckModel, pictures: ReadonlyMap<string, string>, fontCss: string): string {
  // Titles and the header as the slides show them; the speech paragraphs verbatim.
  const settings = model.deck.settings;
  const title = titleOf(model);
  const c = tokens.color;
  const body = handoutPlan(model)
    .map((b) => {
      if (b.kind === 'text') return `<div class="loose">${b.paragraphs.map(paragraphHtml).join('')}</div>`;
      const pic = pictures.get(b.slide.id);
      const cap = `第 ${b.number} 页 · ${esc(title(b.slide.id))}`;
      const again = b.shownBefore.length && !b.paragraphs.length ? `<p class="again">（同上）</p>` : '';
      return `<section class="block" id="h-${esc(b.slide.id)}"><figure><img src="${pic ?? ''}" alt="${cap}"><figcaption><a href="#h-${esc(b.slide.id)}">${cap}</a></figcaption></figure>${b.paragraphs.map(paragraphHtml).join('')}${again}</section>`;
    })
    .join('\n');
  const meta = [settings.date, settings.speaker].filter(Boolean).map(esc).join(' · ');
  // A short table of contents: the numbered parts, linked to their first slide (words from the speech only).
  const toc = model.deck.sections
    .filter((sec) => sec.part !== 'open' && sec.part !== 'close' && sec.slides.length)
    .map((sec) => `<li><a href="#h-${esc(sec.slides[0].id)}">${esc(partHeading(sec.part, model.speech))}</a></li>`)
    .join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(settings.meetingTitle)}（讲稿）</title>
<style>${fontCss.replace(/<\//g, '<\\/')}</style>
<style>
@page { size: A4 portrait; margin: 18mm 20mm 20mm; }
html, body { background: #fff; margin: 0; padding: 0; }
body { font-family: ${tokens.font.serif}; color: ${c.ink}; font-size: 12pt; line-height: 1.8; }
header.doc { text-align: center; margin: 0 0 10mm; }
header.doc h1 { font-size: 22pt; color: ${c.red}; margin: 0 0 3mm; letter-spacing: 0.05em; }
header.doc p { margin: 0; font-size: 12pt; color: ${c.inkSoft}; font-family: ${tokens.font.sans}; }
header.doc::after { content: ''; display: block; width: 40mm; height: 1mm; background: ${c.gold}; margin: 5mm auto 0; }
figure { margin: 6mm 0 4mm; break-inside: avoid; page-break-inside: avoid; }
figure img { display: block; width: 100%; aspect-ratio: 16 / 9; border: 0.3mm solid ${c.neutralLight}; box-sizing: border-box; }
figcaption a { color: inherit; text-decoration: none; }
nav.toc { margin: 0 0 8mm; font-family: ${tokens.font.sans}; font-size: 11pt; }
nav.toc ol { list-style: none; margin: 0; padding: 0; }
nav.toc li { margin: 0 0 1.5mm; }
nav.toc a { color: ${c.ink}; text-decoration: none; }
figcaption { font-family: ${tokens.font.sans}; font-size: 9pt; color: ${c.inkSoft}; margin-top: 1.5mm; }
p { margin: 0 0 2mm; text-indent: 2em; text-align: justify; orphans: 2; widows: 2; }
p.speech-salutation { text-indent: 0; }
h2.speech-heading { font-size: 14pt; color: ${c.red}; margin: 2mm 0 3mm; break-after: avoid; font-weight: 700; }
p.again { color: ${c.inkSoft}; font-size: 10pt; text-indent: 0; }
.loose { margin: 4mm 0; }
</style></head><body>
<header class="doc"><h1>${esc(settings.meetingTitle)}</h1><p>${esc(settings.description)}</p>${meta ? `<p>${meta}</p>` : ''}</header>
${toc ? `<nav class="toc"><ol>${toc}</ol></nav>` : ''}
${body}
</body></html>`;
}

export async function exportHandout(session: Session, model: DeckModel, target: AtomicTarget, log: Progress): Promise<number> {
  const deckPage = await session.openDeck(printQuery({ exactPages: true }));
  const pictures = new Map<string, string>();
  try {
    const pages = await checkPages(deckPage, progress(true), titleOf(model), model.slides.map((s) => s.id));
    const title = titleOf(model);
    for (const p of pages) {
      const jpeg = await pagePicture(deckPage, p.index, 'jpeg');
      pictures.set(p.slideId, `data:image/jpeg;base64,${jpeg.toString('base64')}`);
      log.step(p.index + 1, pages.length, `${p.slideId} ${title(p.slideId)}`);
    }
  } finally {
    await deckPage.close();
  }
  const missing = model.slides.filter((s) => !pictures.has(s.id));
  if (missing.length) throw new ExportError(msg.failed(`缺少幻灯片图片 / missing slide pictures: ${missing.map((s) => s.id).join(', ')}`));
  log.log('排版讲稿… / Laying out the handout…');
  const page = await session.browser.newPage();
  try {
    // Served from the deck's own origin so its stylesheets (and bundled fonts) load.
    const url = `${session.url}__handout.html`;
    const html = handoutHtml(model, pictures, deckFontCss(session.dir));
    await page.route(url, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await page.goto(url);
    await page.evaluate(async () => {
      await document.fonts.ready;
      await Promise.all(Array.from(document.images).map((img) => img.decode()));
    });
    const raw = await page.pdf({
      format: 'A4',
      preferCSSPageSize: true,
      printBackground: true,
      tagged: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="width:100%;text-align:center;font-size:9pt;color:${tokens.color.inkSoft};">— <span class="pageNumber"></span> —</div>`,
    });
    // Bookmarks: every caption links to its own block, so Chromium records the page of each as a named destination.
    const meta = pdfMeta(model);
    const { bytes, pages } = await finishPdf(raw, { ...meta, title: `${meta.title}（讲稿）` }, (dests) => outlineFor(model, (id) => dests.get(`h-${id}`)));
    writeFileSync(target.temp, bytes);
    return pages;
  } finally {
    await page.close();
  }
}
