/**
 * Vite plugin `deck:fonts`: subsets the bundled Chinese fonts to the
 * characters of the built deck and adds their @font-face rules to
 * index.html. In a normal build the fonts are files under assets/fonts/
 * (preloaded, relative URLs); in the single-file build they are inlined as
 * data: URLs. The licences and a manifest ship next to them.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { parseSpeech } from '../../src/model/speech.ts';
import { collectCharset, speechText, type DeckSource } from './charset.ts';
import { slideGlyphs } from './slides.ts';
import { fontCodepoints } from './cmap.ts';
import { FONT_LICENSES } from './faces.ts';
import { buildDeckFonts, fontFaceCss, fullDeckFonts, sizeReport, wholeDeckFonts, type BuiltFontFile, type FontPlan } from './subset.ts';
import { FONT_PLAN_META } from '../../src/theme/fonts.ts';

export const FONT_DIR = 'assets/fonts';
const DEV_PREFIX = '/@deck-fonts/';

export interface DeckFontsOptions {
  /** Inline the fonts as data: URLs (single-file build). */
  readonly inline?: boolean;
  /** The deck being built (DECK_DIR); slides/ when absent. */
  readonly deck?: DeckSource;
}

export interface FontManifest {
  readonly families: Record<string, string>;
  readonly files: readonly {
    family: string;
    weight: number;
    slice: string;
    file: string;
    bytes: number;
    chars: number;
    source: string;
    sourceBytes: number;
  }[];
  readonly licenses: readonly string[];
}

function manifest(files: readonly BuiltFontFile[], inline: boolean): FontManifest {
  const families: Record<string, string> = {};
  for (const f of files) families[f.face.family] = f.face.sourceName.replace(/ (Regular|Bold)$/, '');
  return {
    families,
    files: files.map((f) => ({
      family: f.face.family,
      weight: f.face.weight,
      slice: f.slice,
      file: inline ? '' : `${FONT_DIR}/${f.fileName}`,
      bytes: f.data.length,
      chars: [...f.chars].length,
      source: f.face.sourceName,
      sourceBytes: f.sourceBytes,
    })),
    licenses: FONT_LICENSES.map((l) => `${FONT_DIR}/${basename(l)}`),
  };
}

/** The slide → slices plan for src/theme/fonts.ts, as a <meta> (data, not script: nothing for the CSP to allow). */
function planTag(plan: FontPlan | undefined): string {
  if (!plan) return '';
  const json = JSON.stringify(plan).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<meta name="${FONT_PLAN_META}" content="${json}">\n`;
}

function styleTag(css: string, licenseNote: string): string {
  return `<style id="deck-fonts">\n/* ${licenseNote} */\n${css}\n</style>`;
}

export function deckFonts(options: DeckFontsOptions = {}): Plugin {
  const inline = options.inline ?? false;
  const charsetOf = (texts: readonly string[] = []) => collectCharset(texts, undefined, options.deck);
  let devFonts: Promise<BuiltFontFile[]> | undefined;
  // Which slide needs which glyphs: from the deck being built, so its slices and plan are its own.
  const glyphsOf = () => (options.deck ? slideGlyphs(options.deck.deck, parseSpeech(speechText(undefined, options.deck.dir))) : undefined);
  let devPlan: FontPlan | undefined;
  const dev = () =>
    (devFonts ??= buildDeckFonts(charsetOf(), glyphsOf()).then(({ files, plan }) => {
      devPlan = plan;
      return files;
    }));

  return {
    name: 'deck:fonts',
    enforce: 'post',

    configureServer(server: ViteDevServer) {
      // Connect ignores the returned promise; dev() only fails if the fonts are missing, which the build reports too.
      // eslint-disable-next-line @typescript-eslint/no-misused-promises
      server.middlewares.use(async (req, res, next) => {
        if (!req.url?.startsWith(DEV_PREFIX)) return next();
        const name = req.url.slice(DEV_PREFIX.length).split('?')[0];
        const file = (await dev()).find((f) => f.fileName === name);
        if (!file) return next();
        res.setHeader('content-type', 'font/woff2');
        res.end(file.data);
      });
    },

    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (!ctx.server) return html; // the build adds the fonts in generateBundle, from the bundle's own text
        const css = fontFaceCss(await dev(), (f) => DEV_PREFIX + f.fileName);
        return html.replace('</head>', () => `${planTag(devPlan)}${styleTag(css, 'Noto Sans SC / Noto Serif SC, SIL OFL 1.1 (dev subset)')}\n</head>`);
      },
    },

    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const texts: string[] = [];
        let html: { source: string | Uint8Array } | undefined;
        for (const [name, item] of Object.entries(bundle)) {
          if (item.type === 'chunk') texts.push(item.code);
          else if (/\.(css|html|svg|json)$/.test(name)) texts.push(String(item.source));
          if (name === 'index.html' && item.type === 'asset') html = item;
        }
        if (!html) this.error('deck:fonts: index.html is not in the bundle');
        const charset = charsetOf(texts);
        // DECK_FONT_SUBSET=0 ships the whole fonts: the benchmark's naive baseline, never a release.
        let files: BuiltFontFile[];
        let plan: FontPlan | undefined;
        if (process.env['DECK_FONT_SUBSET'] === '0') files = fullDeckFonts();
        // One file a face: every glyph is inlined once, and there is nothing to fetch slice by slice.
        else if (inline) files = await wholeDeckFonts(charset);
        else ({ files, plan } = await buildDeckFonts(charset, glyphsOf()));
        this.info(`\n${sizeReport(files)}`);
        // A character the source font lacks would fall back to whatever the viewer's machine has: say which.
        // (Only the deck's own text: libraries carry strings, e.g. font names, that are never shown.)
        const known = charsetOf().all;
        for (const face of new Set(files.map((f) => f.face))) {
          const cps = new Set<number>();
          for (const f of files.filter((x) => x.face === face)) for (const cp of await fontCodepoints(f.data)) cps.add(cp);
          const missing = [...known].filter((c) => !cps.has(c.codePointAt(0)!));
          if (missing.length) this.warn(`${face.sourceName} 缺少字形 / has no glyph for: ${missing.map((c) => `「${c}」U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(' ')}`);
        }

        const licenseNote =
          'Fonts: subsets of Noto Sans SC and Noto Serif SC, © Google / Adobe, SIL Open Font License 1.1' +
          (inline ? '. Licence texts follow at the end of this file.' : ` (${FONT_DIR}/OFL-*.txt).`);
        let css: string;
        let preload = '';
        if (inline) {
          css = fontFaceCss(files, (f) => `data:font/woff2;base64,${f.data.toString('base64')}`);
        } else {
          for (const f of files) this.emitFile({ type: 'asset', fileName: `${FONT_DIR}/${f.fileName}`, source: f.data });
          css = fontFaceCss(files, (f) => `${FONT_DIR}/${f.fileName}`);
          // Slice 0 holds the cover's glyphs, all the first load needs; the page fetches the others slide by slide.
          preload = files
            .filter((f) => f.slice === 's0' || f.kind === 'all')
            .map((f) => `<link rel="preload" href="${FONT_DIR}/${f.fileName}" as="font" type="font/${f.fileName.endsWith('.ttf') ? 'ttf' : 'woff2'}" crossorigin>`)
            .join('\n');
        }
        if (!inline) {
          for (const l of FONT_LICENSES) this.emitFile({ type: 'asset', fileName: `${FONT_DIR}/${basename(l)}`, source: readFileSync(l) });
          this.emitFile({ type: 'asset', fileName: `${FONT_DIR}/fonts.json`, source: JSON.stringify(manifest(files, inline), null, 2) });
        }

        // Replacement functions: the plan and the licences hold `$` sequences String.replace would expand.
        let source = String(html.source).replace('</head>', () => `${preload ? `${preload}\n` : ''}${planTag(plan)}${styleTag(css, licenseNote)}\n</head>`);
        if (inline) {
          // One file has no room for licence files beside it: carry the texts inside it.
          const texts = FONT_LICENSES.map((l) => readFileSync(l, 'utf8').replace(/--/g, '—')).join('\n\n');
          source = source.replace('</html>', () => `<!--\n${texts}\n-->\n</html>`);
        }
        html.source = source;
      },
    },
  };
}
