/** Size measurements of a built deck: every asset raw and gzip. Pure file-system work, no browser. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export type AssetKind = 'js' | 'css' | 'font' | 'html' | 'image' | 'other';

export interface AssetSize {
  readonly file: string;
  readonly kind: AssetKind;
  readonly raw: number;
  readonly gzip: number;
}

export function kindOf(file: string): AssetKind {
  const ext = extname(file).toLowerCase();
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (['.woff2', '.woff', '.ttf', '.otf'].includes(ext)) return 'font';
  if (ext === '.html') return 'html';
  if (['.png', '.jpg', '.jpeg', '.svg', '.webp', '.ico'].includes(ext)) return 'image';
  return 'other';
}

export function gzipSize(buf: Buffer | Uint8Array): number {
  return gzipSync(buf, { level: 9 }).length;
}

/** Every file under dir, with raw and gzip sizes, largest first. */
export function assetSizes(dir: string): AssetSize[] {
  const out: AssetSize[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else {
        const buf = readFileSync(p);
        out.push({ file: relative(dir, p), kind: kindOf(p), raw: buf.length, gzip: gzipSize(buf) });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => b.raw - a.raw);
}

export function sumBy(assets: readonly AssetSize[], kind?: AssetKind): { raw: number; gzip: number } {
  const pick = kind ? assets.filter((a) => a.kind === kind) : assets;
  return { raw: pick.reduce((n, a) => n + a.raw, 0), gzip: pick.reduce((n, a) => n + a.gzip, 0) };
}
