/**
 * Vite plugin `deck:share`: what a shared link needs in index.html.
 * - <title>, description, Open Graph and Twitter card tags from slides/settings.ts;
 *   absolute og:url/og:image only when settings.shareUrl is set.
 * - A Content-Security-Policy <meta>: the deck loads nothing from any other host.
 *   Normal build: only its own origin. Single file: only its own inline code
 *   (the script by hash), data: fonts and images.
 * - og-image.png, the cover slide at 1200×630, shot in headless Chromium after the build.
 * - Single-file build: the page is written as deck.html.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { DeckSettings } from '../../src/model/types.ts';
import { tokens } from '../../src/theme/tokens.ts';
import { launchBrowser } from '../lib/browser.ts';
import { serveStatic } from '../lib/serve.ts';
import { waitForDeck } from '../lib/wait-for-deck.ts';

export const OG_IMAGE = 'og-image.png';
export const OG_SIZE = { width: 1200, height: 630 } as const;
export const SINGLE_FILE_NAME = 'deck.html';

export interface DeckShareOptions {
  readonly settings: DeckSettings;
  /** Single-file build: inline-only CSP, output deck.html, no preview image file. */
  readonly single?: boolean;
  /** Shoot og-image.png after the build (default true; DECK_OG_IMAGE=0 turns it off). */
  readonly previewImage?: boolean;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The share URL as an absolute http(s) URL ending in "/" or a file name, or null when unset or invalid. */
export function shareBase(shareUrl: string): URL | null {
  if (!shareUrl.trim()) return null;
  try {
    const u = new URL(shareUrl.trim());
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
  } catch {
    return null;
  }
}

/** A <meta> tag: Open Graph's keys are a `property`, all others a `name`. */
function meta(key: string, content: string | number): string {
  return `<meta ${key.startsWith('og:') ? 'property' : 'name'}="${key}" content="${esc(String(content))}">`;
}

/** The <head> tags of a shared link (no CSP; see cspFor). */
export function shareHead(settings: DeckSettings, withImage = true): string {
  const title = settings.meetingTitle;
  const description = settings.description;
  const base = shareBase(settings.shareUrl);
  const tags = [
    meta('description', description),
    meta('theme-color', tokens.color.red),
    meta('og:type', 'website'),
    meta('og:locale', 'zh_CN'),
    // The card's title and description, for Open Graph and then for Twitter.
    ...['og', 'twitter'].flatMap((card) => [meta(`${card}:title`, title), meta(`${card}:description`, description)]),
  ];
  if (base) tags.push(meta('og:url', base.href), `<link rel="canonical" href="${esc(base.href)}">`);
  if (base && withImage) {
    const image = new URL(OG_IMAGE, base).href;
    tags.push(
      meta('og:image', image),
      meta('og:image:width', OG_SIZE.width),
      meta('og:image:height', OG_SIZE.height),
      meta('og:image:alt', `${title}：${description}`),
      meta('twitter:card', 'summary_large_image'),
      meta('twitter:image', image),
    );
  } else {
    tags.push(meta('twitter:card', 'summary'));
  }
  return tags.join('\n    ');
}

/** Inline <script> bodies (no src), exactly as the browser hashes them. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter((m) => !/\bsrc\s*=/.test(m[1])).map((m) => m[2]);
}

/**
 * The policy. reveal.js and ECharts set inline styles and the theme installs a
 * <style>, so style-src needs 'unsafe-inline'; scripts never do.
 */
export function cspFor(single: boolean, scriptHashes: readonly string[] = []): string {
  const d = single
    ? {
        'default-src': ["'none'"],
        'script-src': scriptHashes.map((h) => `'sha256-${h}'`),
        'style-src': ["'unsafe-inline'"],
        'img-src': ['data:', 'blob:'],
        'font-src': ['data:'],
        'connect-src': ["'none'"],
        'frame-src': ["'self'"],
      }
    : {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'frame-src': ["'self'"],
      };
  const all = { ...d, 'object-src': ["'none'"], 'base-uri': ["'none'"], 'form-action': ["'none'"] };
  return Object.entries(all)
    .map(([k, v]) => `${k} ${v.join(' ')}`)
    .join('; ');
}

const CSP_MARK = '<!--deck:csp-->';

export function deckShare(options: DeckShareOptions): Plugin {
  const single = options.single ?? false;
  const wantImage = !single && (options.previewImage ?? process.env['DECK_OG_IMAGE'] !== '0');
  let outDir = '';
  let isBuild = false;

  return {
    name: 'deck:share',
    enforce: 'post',
    configResolved(config) {
      outDir = config.build.outDir;
      isBuild = config.command === 'build';
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const head = `${isBuild ? `${CSP_MARK}\n    ` : ''}${shareHead(options.settings, true)}`;
        return html
          .replace(/<title>[\s\S]*?<\/title>/, `<title>${esc(options.settings.meetingTitle)}</title>`)
          .replace(/(<meta name="viewport"[^>]*>)/, `$1\n    ${head}`);
      },
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (!page || page.type !== 'asset') return this.error('deck:share: index.html is not in the bundle');
        let html = String(page.source);
        const hashes = inlineScripts(html).map((s) => createHash('sha256').update(s, 'utf8').digest('base64'));
        // Code a packed single file unpacks and runs as an inline script (deck:pack, pack.ts).
        for (const m of html.matchAll(/\bdata-csp-hash="sha256-([A-Za-z0-9+/=]+)"/g)) hashes.push(m[1]);
        if (!single && hashes.length > 0) this.warn(`deck:share: ${hashes.length} inline script(s) in index.html will be blocked by the CSP`);
        html = html.replace(CSP_MARK, `<meta http-equiv="Content-Security-Policy" content="${cspFor(single, hashes)}">`);
        if (single) {
          delete bundle['index.html'];
          this.emitFile({ type: 'asset', fileName: SINGLE_FILE_NAME, source: html });
        } else {
          page.source = html;
        }
      },
    },
    async closeBundle() {
      if (!isBuild || !wantImage) return;
      try {
        await shootCover(outDir, join(outDir, OG_IMAGE));
      } catch (error) {
        // A deck without a preview image still works; say so loudly and drop the tags that point at it.
        const msg = error instanceof Error ? error.message : String(error);
        this.warn(`未能生成分享预览图 / could not make ${OG_IMAGE}: ${msg}`);
        const index = join(outDir, 'index.html');
        writeFileSync(index, readFileSync(index, 'utf8').replace(/\s*<meta (property="og:image[^"]*"|name="twitter:image")[^>]*>/g, ''));
      }
    },
  };
}

/** The cover slide of a built deck, as a 1200×630 PNG (the Open Graph size). */
export async function shootCover(dir: string, file: string): Promise<void> {
  const server = await serveStatic(dir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { ...OG_SIZE }, deviceScaleFactor: 1 });
    await page.goto(`${server.url}index.html`);
    await waitForDeck(page, { timeout: 30_000 });
    await page.evaluate(() => document.fonts.ready);
    // No chrome in a preview: slide number, progress bar and part label are for presenting.
    await page.addStyleTag({ content: '.reveal .progress, .reveal .slide-number, .reveal .controls, .deck-chrome, .part-label { display: none !important; }' });
    await page.waitForTimeout(300);
    await page.screenshot({ path: file, type: 'png' });
  } finally {
    await browser.close();
    await server.close();
  }
}
