/**
 * Screenshots every slide, for looking at the deck as its audience does.
 *   npx tsx scripts/shoot.ts [--dir dist] [--out shots] [--size 1920x1080] [--query ?print-pdf] [--only id1,id2]
 * Without --dir it builds into a temp folder first.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './lib/browser.ts';
import { buildToTemp } from './lib/build.ts';
import { serveStatic } from './lib/serve.ts';
import { waitForAnimations, waitForCharts, waitForDeck } from './lib/wait-for-deck.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    out: { type: 'string', default: 'shots' },
    size: { type: 'string', default: '1920x1080' },
    query: { type: 'string', default: '' },
    only: { type: 'string' },
  },
});
const [width, height] = values.size.split('x').map(Number);
const dir = values.dir ?? (await buildToTemp());
const server = await serveStatic(dir);
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width, height } });
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.goto(server.url + 'index.html' + values.query);
await waitForDeck(page);
mkdirSync(values.out, { recursive: true });
const only = values.only?.split(',');
if (values.query.includes('print-pdf')) {
  await waitForCharts(page);
  await page.screenshot({ path: join(values.out, `print-${width}x${height}.png`), fullPage: true });
} else {
  const ids: string[] = await page.evaluate(() => window.Reveal!.getSlides().map((s) => s.id));
  for (const [i, id] of ids.entries()) {
    if (only && !only.includes(id)) continue;
    await page.evaluate((n) => window.Reveal!.slide(n, 0, Number.MAX_SAFE_INTEGER), i);
    await waitForCharts(page);
    // A faithful picture: reveal's fade has ended and every chart has drawn its final frame.
    await waitForAnimations(page);
    await waitForCharts(page);
    const file = join(values.out, `${String(i + 1).padStart(2, '0')}-${id}-${width}x${height}.png`);
    await page.screenshot({ path: file });
    console.log(file);
  }
}
await browser.close();
await server.close();
