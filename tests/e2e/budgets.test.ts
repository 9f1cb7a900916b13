/**
 * Size budgets, on deterministic byte counts of the build (never timings).
 * Each budget is what `npm run bench` measured plus a little headroom: a
 * change that goes over must either earn its bytes (raise the budget in the
 * same commit, with the reason) or be made smaller.
 */
import { readFileSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { firstLoadFiles, firstLoadTotals } from '../../scripts/bench/first-load.ts';
import { assetSizes, sumBy } from '../../scripts/bench/sizes.ts';
import { buildSingleToTemp } from '../../scripts/lib/build.ts';

const KiB = 1024;
const BUDGET = {
  /** Entry script and its preloaded chunks, gzip. ECharts is a lazy chunk and must stay out. */
  firstLoadJsGzip: 90 * KiB,
  firstLoadCssGzip: 18 * KiB,
  /** The preloaded (slide-text) font slices. */
  firstLoadFonts: 385 * KiB,
  /**
   * Everything the cover needs. Was 500 KB; the meeting-ready slides (#11) brought new glyphs into the
   * preloaded font slices and live mode (#12) its client, 506.8 KB measured. Raised to 510 KB as a stop-gap,
   * flagged in the closing note: issue #14 takes the cover under 200 KB and tightens this again.
   */
  firstLoadTotalGzip: 510 * 1000,
  /** Every font file of the build, all slices. */
  allFonts: 640 * KiB,
  singleFile: 2340 * KiB,
};

describe('size budgets', () => {
  const dist = inject('distDir');
  const files = firstLoadFiles(dist);
  const first = firstLoadTotals(files);

  it('keeps the first load small', () => {
    expect(first.js, 'first-load JS gzip').toBeLessThanOrEqual(BUDGET.firstLoadJsGzip);
    expect(first.css, 'first-load CSS gzip').toBeLessThanOrEqual(BUDGET.firstLoadCssGzip);
    expect(first.font, 'preloaded fonts').toBeLessThanOrEqual(BUDGET.firstLoadFonts);
    expect(first.total, 'first-load total gzip').toBeLessThanOrEqual(BUDGET.firstLoadTotalGzip);
  });

  it('loads ECharts only when a chart needs it', () => {
    const entry = files.filter((f) => f.kind === 'js');
    expect(entry.length).toBeGreaterThan(0);
    for (const f of entry) {
      // zrender's painter (SVG, the one renderer) is the heart of ECharts: it must not be in the first load.
      expect(readFileSync(`${dist}/${f.file}`, 'utf8'), f.file).not.toMatch(/registerPainter\(\s*["'`]svg["'`]/);
    }
    const all = assetSizes(dist).filter((a) => a.kind === 'js');
    expect(all.some((a) => /registerPainter\(\s*["'`]svg["'`]/.test(readFileSync(`${dist}/${a.file}`, 'utf8')))).toBe(true);
  });

  /**
   * The lazily loaded ECharts chunk, gzip. Was 216 KiB; the registry's named imports, one renderer (SVG)
   * and no unused components took it to 195.3 KiB in `npm run build`. This test's build measures 7 KiB
   * more (203 KiB): vitest sets NODE_ENV=test, which keeps ECharts' development checks. Issue 14 aims at
   * 150 KB, out of reach with these series on ECharts' core. Any part added to registry.ts must earn its bytes.
   */
  it('keeps the ECharts chunk within budget', () => {
    const echartsChunkGzip = 204 * KiB;
    const chunks = assetSizes(dist).filter((a) => a.kind === 'js' && /registerPainter\(\s*["'`]svg["'`]/.test(readFileSync(`${dist}/${a.file}`, 'utf8')));
    expect(chunks.map((c) => c.file)).toHaveLength(1);
    expect(chunks[0].gzip, `${chunks[0].file} gzip`).toBeLessThanOrEqual(echartsChunkGzip);
  });

  it('keeps the subset fonts small', () => {
    const fonts = sumBy(assetSizes(dist), 'font');
    expect(fonts.raw).toBeGreaterThan(0);
    expect(fonts.raw, 'all font files').toBeLessThanOrEqual(BUDGET.allFonts);
  });

  let singleDir = '';
  afterAll(() => {
    if (singleDir) rmSync(singleDir, { recursive: true, force: true });
  });

  it('keeps the single offline file within budget', async () => {
    const file = await buildSingleToTemp('deck-budget-');
    singleDir = dirname(file);
    expect(statSync(file).size, 'dist-single/deck.html').toBeLessThanOrEqual(BUDGET.singleFile);
  });
});
