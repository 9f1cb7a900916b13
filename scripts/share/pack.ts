/**
 * Vite plugin `deck:pack`, single-file build only: the inlined script and
 * stylesheet are about 1.4 MB of text that gzip shrinks to a third. They are
 * stored gzip-compressed (base64, in a <template>) and a small inline loader
 * unpacks them with the browser's DecompressionStream, then runs the script as
 * the same inline module it was. The fonts are woff2, compressed already, and
 * stay as they are.
 *
 * CSP: the loader is an inline script like any other (deck:share hashes it);
 * the unpacked module's hash travels in `data-csp-hash`, which deck:share adds
 * to script-src, so nothing but this exact code can run.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

export const PACK_ID = 'deck-packed';

/**
 * The loader, as plain ES2020 so it also runs where the deck cannot: there it
 * says which browser is needed instead of leaving a blank page.
 */
export const UNPACK_LOADER = `(async () => {
  const box = document.getElementById('${PACK_ID}');
  const unpack = async (b64) => {
    const bin = atob(b64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
  };
  try {
    const [css, js] = await Promise.all([unpack(box.dataset.css), unpack(box.content.textContent.trim())]);
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
    const script = document.createElement('script');
    script.type = 'module';
    script.textContent = js;
    document.head.append(script);
  } catch (e) {
    document.body.textContent = '此浏览器无法打开本文件，请用新版 Chrome、Edge、Firefox 或 Safari 打开。This browser cannot open this file: use a current Chrome, Edge, Firefox or Safari.';
    console.error(e);
  }
})();`;

const gz64 = (text: string): string => gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).toString('base64');

/** The page with its one inline module script and its inlined stylesheet packed. */
export function packHtml(html: string): string {
  const script = /<script type="module"[^>]*>([\s\S]*?)<\/script>/.exec(html);
  const style = /<style rel="stylesheet"[^>]*>([\s\S]*?)<\/style>/.exec(html);
  if (!script || !style) throw new Error('deck:pack: the single file has no inlined script or stylesheet to pack');
  const js = script[1];
  const hash = createHash('sha256').update(js, 'utf8').digest('base64');
  const box = `<template id="${PACK_ID}" data-csp-hash="sha256-${hash}" data-css="${gz64(style[1])}">${gz64(js)}</template>`;
  // Functions as replacements: the code is full of `$&`-like sequences String.replace would expand.
  return html
    .replace(style[0], () => '')
    .replace(script[0], () => `<script type="module">${UNPACK_LOADER}</script>`)
    .replace('</body>', () => `${box}\n</body>`);
}

export function deckPack(): Plugin {
  return {
    name: 'deck:pack',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (!page || page.type !== 'asset') return this.error('deck:pack: index.html is not in the bundle');
        page.source = packHtml(String(page.source));
      },
    },
  };
}
