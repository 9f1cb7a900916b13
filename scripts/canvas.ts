/**
 * Prints how much of the canvas each slide uses (issue 11, "use the canvas"):
 *   npx tsx scripts/canvas.ts [--dir dist] [--size 1920x1080]
 * Per slide: canvas share, smallest text, body text size and body line count;
 * then the median over body slides and the slides under the goals.
 */
import { parseArgs } from 'node:util';
import { launchBrowser } from './lib/browser.ts';
import { buildToTemp } from './lib/build.ts';
import { FRAME_KINDS, measureSlide, median } from './lib/canvas-use.ts';
import { serveStatic } from './lib/serve.ts';
import { waitForDeck } from './lib/wait-for-deck.ts';

const { values } = parseArgs({ options: { dir: { type: 'string' }, size: { type: 'string', default: '1920x1080' } } });
const [width, height] = values.size.split('x').map(Number);
const dir = values.dir ?? (await buildToTemp());
const server = await serveStatic(dir);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(server.url + 'index.html');
  await waitForDeck(page);
  const total = await page.evaluate(() => window.Reveal!.getTotalSlides());
  const rows = [];
  for (let i = 0; i < total; i++) rows.push(await measureSlide(page, i));
  const body = rows.filter((r) => !FRAME_KINDS.has(r.kind));
  console.log('slide'.padEnd(26), 'kind'.padEnd(8), 'canvas', 'minFont', 'bodyFont', 'lines');
  for (const r of rows) {
    const flag = !FRAME_KINDS.has(r.kind) && (r.share < 0.4 || r.minFont < 28 || (r.lines <= 5 && r.bodyFont < 40)) ? '  ✗' : '';
    console.log(r.id.padEnd(26), r.kind.padEnd(8), `${(r.share * 100).toFixed(0)}%`.padStart(6), String(r.minFont).padStart(7), String(r.bodyFont).padStart(8), String(r.lines).padStart(5) + flag);
  }
  console.log(`\nbody slides: ${body.length}; median canvas ${(median(body.map((r) => r.share)) * 100).toFixed(1)}%; under 40%: ${body.filter((r) => r.share < 0.4).length}; text under 28px: ${body.filter((r) => r.minFont < 28).length}; ≤5 lines under 40px: ${body.filter((r) => r.lines <= 5 && r.bodyFont < 40).length}`);
} finally {
  await browser.close();
  await server.close();
}
