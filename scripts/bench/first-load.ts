/**
 * What the cover slide needs, read from the built index.html: the entry
 * script and its preloaded chunks, the stylesheets and the preloaded fonts.
 * Deterministic (no browser), so the size budgets in the tests can use it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSize, kindOf, type AssetKind } from './sizes.ts';

export interface FirstLoadFile {
  readonly file: string;
  readonly kind: AssetKind;
  readonly raw: number;
  /** woff2 is already compressed; gzip of it is what a server would send anyway. */
  readonly gzip: number;
}

const ATTR = /<(script|link)\b[^>]*>/gi;

export function firstLoadFiles(distDir: string): FirstLoadFile[] {
  const html = readFileSync(join(distDir, 'index.html'));
  const files: FirstLoadFile[] = [{ file: 'index.html', kind: 'html', raw: html.length, gzip: gzipSize(html) }];
  for (const [tag] of String(html).matchAll(ATTR)) {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`, 'i').exec(tag)?.[1];
    const rel = attr('rel');
    const ref = tag.startsWith('<script') ? attr('src') : rel && /^(stylesheet|modulepreload|preload)$/i.test(rel) ? attr('href') : undefined;
    if (!ref || /^(data:|https?:)/.test(ref)) continue;
    const path = ref.replace(/^\.\//, '');
    const buf = readFileSync(join(distDir, path));
    files.push({ file: path, kind: kindOf(path), raw: buf.length, gzip: gzipSize(buf) });
  }
  return files;
}

export function firstLoadTotals(files: readonly FirstLoadFile[]): Record<AssetKind | 'total', number> {
  const t = { js: 0, css: 0, font: 0, html: 0, image: 0, other: 0, total: 0 };
  for (const f of files) {
    t[f.kind] += f.gzip;
    t.total += f.gzip;
  }
  return t;
}
