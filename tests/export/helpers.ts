/** Shared helpers for the export tests: run the CLI, read PDFs with poppler, read PNG sizes. */
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { speech } from '../../slides/source/index.ts';
import { deck } from '../../slides/index.ts';
import { deckSlides, type Slide } from '../../src/model/types.ts';
import { slideTitle } from '../../src/export/pptx/index.ts';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const slides = deckSlides(deck);
export { deck, speech };

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run export -- ARGS` the way npm does (tsx), without npm's own noise. */
export function runExport(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((ok) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/export.ts', ...args],
      { cwd: root, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => ok({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Whitespace-free text: pdftotext breaks lines and may space out CJK; the words must still be there. */
export const squash = (s: string): string => s.replace(/\s+/g, '');

export function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

export function pdfFonts(file: string): PdfFont[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  // Columns: name type encoding emb sub uni object ID; the name and type may hold spaces, the flags never do.
  return lines.map((l) => {
    const parts = l.trim().split(/\s+/);
    const [emb] = parts.slice(-5, -4);
    return { name: parts[0], type: parts.slice(1, -6).join(' '), embedded: emb === 'yes' };
  });
}

/** Grey pixels of one page at a low resolution (PGM from pdftoppm). */
export function pageGrey(file: string, page: number, dpi = 20): { width: number; height: number; pixels: Uint8Array } {
  const buf = execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), file], { maxBuffer: 64 * 1024 * 1024 });
  // P5\n<w> <h>\n<max>\n<bytes>
  let pos = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(buf[pos]))) pos++;
    const start = pos;
    while (!/\s/.test(String.fromCharCode(buf[pos]))) pos++;
    fields.push(buf.subarray(start, pos).toString('latin1'));
  }
  pos++;
  const [, w, h] = fields;
  return { width: Number(w), height: Number(h), pixels: new Uint8Array(buf.subarray(pos)) };
}

/** Share of pixels in a region (fractions of the page) that differ clearly from the region's most common grey. */
export function inkShare(g: { width: number; height: number; pixels: Uint8Array }, region: { x0: number; y0: number; x1: number; y1: number }): number {
  const hist = new Array<number>(256).fill(0);
  const xs = [Math.floor(region.x0 * g.width), Math.floor(region.x1 * g.width)];
  const ys = [Math.floor(region.y0 * g.height), Math.floor(region.y1 * g.height)];
  for (let y = ys[0]; y < ys[1]; y++) for (let x = xs[0]; x < xs[1]; x++) hist[g.pixels[y * g.width + x]]++;
  const bg = hist.indexOf(Math.max(...hist));
  let ink = 0;
  let all = 0;
  for (let v = 0; v < 256; v++) {
    all += hist[v];
    if (Math.abs(v - bg) > 24) ink += hist[v];
  }
  return ink / all;
}

export function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  if (b.toString('latin1', 1, 4) !== 'PNG') throw new Error(`${file} is not a PNG`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** The words that identify a slide on its page: the visible title (a divider shows its part title without "一、"). */
export function visibleTitle(slide: Slide): string {
  if (slide.kind === 'section') return speech.partTitles[slide.part];
  return slideTitle(slide, speech);
}

/** XML text content with entities decoded, for notes and chart caches. */
export function xmlText(xml: string): string {
  return xml
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
