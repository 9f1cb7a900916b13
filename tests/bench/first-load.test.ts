import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { firstLoadFiles, firstLoadTotals } from '../../scripts/bench/first-load.ts';
import { assetSizes, kindOf, sumBy } from '../../scripts/bench/sizes.ts';

const dir = mkdtempSync(join(tmpdir(), 'bench-fixture-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'assets/fonts'), { recursive: true });
writeFileSync(join(dir, 'assets/app.js'), 'console.log(1);'.repeat(100));
writeFileSync(join(dir, 'assets/lazy.js'), 'x'.repeat(5000));
writeFileSync(join(dir, 'assets/app.css'), 'a{b:c}');
writeFileSync(join(dir, 'assets/fonts/a-s0.woff2'), Buffer.alloc(300, 7));
writeFileSync(join(dir, 'assets/fonts/a-s1.woff2'), Buffer.alloc(900, 7));
writeFileSync(
  join(dir, 'index.html'),
  `<html><head><link rel="icon" href="data:,"><script type="module" src="./assets/app.js"></script>
<link rel="stylesheet" href="./assets/app.css"><link rel="preload" href="assets/fonts/a-s0.woff2" as="font">
<meta name="deck-font-plan" content="{&quot;faces&quot;:[],&quot;slides&quot;:[]}">
<meta property="og:image" content="https://example.invalid/x.png"></head></html>`,
);

describe('first-load accounting', () => {
  it('counts the entry, its stylesheet and the preloaded font slice, not lazy chunks or later slices', () => {
    const files = firstLoadFiles(dir).map((f) => f.file);
    expect(files).toEqual(['index.html', 'assets/app.js', 'assets/app.css', 'assets/fonts/a-s0.woff2']);
    const t = firstLoadTotals(firstLoadFiles(dir));
    expect(t.font).toBeGreaterThan(0);
    expect(t.total).toBe(t.js + t.css + t.font + t.html);
  });

  it('sizes every asset, gzip smaller than raw for text', () => {
    const all = assetSizes(dir);
    expect(all).toHaveLength(6);
    const js = sumBy(all, 'js');
    expect(js.raw).toBe(1500 + 5000);
    expect(js.gzip).toBeLessThan(js.raw);
    expect(kindOf('x/y.woff2')).toBe('font');
    expect(kindOf('deck.html')).toBe('html');
  });
});
