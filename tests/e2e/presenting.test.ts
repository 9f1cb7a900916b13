/**
 * Presenting at a meeting: clicker keys, black/white screen, jump, help,
 * 目录, the speaker view following the deck, deep links, and chrome that
 * never covers slide content on the projector sizes.
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deck } from '../../slides/index.ts';
import { speech } from '../../slides/source/index.ts';
import { notesFor } from '../../src/model/notes.ts';
import { deckSlides } from '../../src/model/types.ts';
import { partsOf } from '../../src/features/parts.ts';
import { unsettled } from '../../src/model/readiness.ts';
import { buildSingleToTemp } from '../../scripts/lib/build.ts';
import { chartPaint, isLocal, launchBrowser, openDeck, waitForCharts, waitForDeck } from './helpers.ts';

const slides = deckSlides(deck);
const parts = partsOf(deck, speech);

/** Where the deck stands: slide index and fragment index (-1 when none is shown). */
async function position(page: Page): Promise<[number, number]> {
  return page.evaluate(() => {
    const r = window.Reveal!;
    const i = r.getIndices();
    return [i.h, typeof i.f === 'number' ? i.f : -1] as [number, number];
  });
}
const after = (a: [number, number], b: [number, number]) => a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);
const currentId = (page: Page) => page.evaluate(() => window.Reveal!.getCurrentSlide()?.id ?? '');
const notesOf = (id: string) => notesFor(slides.find((s) => s.id === id)!, speech).map((p) => p.text);

/** The speaker view's preview frame showing the current (or next) slide. */
async function previewFrame(popup: Page, which: 'sp-current' | 'sp-next'): Promise<Frame> {
  const handle = await popup.$(`.${which} iframe`);
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`no ${which} preview frame`);
  return frame;
}

/**
 * Drives the main window to `chartId` with the speaker view open, and checks
 * that the speaker view shows that slide's speech and a painted chart in its preview.
 */
async function speakerFollowsToChart(page: Page, popup: Page, chartId: string): Promise<void> {
  const chartIndex = slides.findIndex((s) => s.id === chartId);
  // From the slide before: the chart is the next slide, drawn in the "next" preview.
  await page.evaluate((n) => window.Reveal!.slide(n), chartIndex - 1);
  const next = await previewFrame(popup, 'sp-next');
  await expect.poll(() => next.evaluate(() => window.Reveal?.getCurrentSlide()?.id ?? null), { timeout: 15_000 }).toBe(chartId);
  await waitForCharts(next);
  const nextPaint = await chartPaint(next as unknown as Page, `#${chartId} .chart-canvas`);
  expect(nextPaint.inked, 'chart in the next-slide preview is blank').toBeGreaterThan(0.02);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((id) => window.Reveal!.getCurrentSlide()?.id === id, chartId);
  const current = await previewFrame(popup, 'sp-current');
  await expect.poll(() => current.evaluate(() => window.Reveal?.getCurrentSlide()?.id ?? null), { timeout: 15_000 }).toBe(chartId);
  await waitForCharts(current);
  const paint = await chartPaint(current as unknown as Page, `#${chartId} .chart-canvas`);
  expect(paint.width).toBeGreaterThan(200);
  expect(paint.inked, 'chart in the current-slide preview is blank').toBeGreaterThan(0.02);
  await expect.poll(() => popup.$$eval('[data-speaker-notes] p[data-paragraph]', (ps) => ps.map((p) => p.textContent))).toEqual(notesOf(chartId));
}

const firstChart = slides.find((s) => s.kind === 'chart')!;

describe('presenting the deck', () => {
  let browser: Browser;
  let singleFile = '';
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    if (singleFile) rmSync(dirname(singleFile), { recursive: true, force: true });
  });

  it('moves forward and back with the keys a clicker sends', async () => {
    const { page, context, errors } = await openDeck(browser, inject('deckUrl'));
    const seen: [number, number][] = [await position(page)];
    for (const key of ['PageDown', 'Space', 'ArrowRight', 'PageDown', 'ArrowDown']) {
      await page.keyboard.press(key);
      const now = await position(page);
      expect(after(now, seen[seen.length - 1]), `${key} moves forward from ${String(seen[seen.length - 1])}`).toBe(true);
      seen.push(now);
    }
    for (const key of ['PageUp', 'ArrowLeft', 'ArrowUp']) {
      await page.keyboard.press(key);
      seen.pop();
      expect(await position(page), `${key} goes back`).toEqual(seen[seen.length - 1]);
    }
    await page.keyboard.press('End');
    expect((await position(page))[0]).toBe(slides.length - 1);
    await page.keyboard.press('Home');
    expect((await position(page))[0]).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('blacks out on B and on ".", whitens on W, and the next key only brings the slide back', async () => {
    const { page, context, errors } = await openDeck(browser, inject('deckUrl'));
    await page.keyboard.press('PageDown');
    const before = await position(page);
    const overlay = () =>
      page.$eval('.reveal .pause-overlay', (el) => {
        const s = getComputedStyle(el);
        return { visible: s.visibility === 'visible', background: s.backgroundColor, paused: window.Reveal!.isPaused() };
      });
    for (const [key, colour] of [
      ['b', 'rgb(0, 0, 0)'],
      ['.', 'rgb(0, 0, 0)'],
      ['w', 'rgb(255, 255, 255)'],
    ] as const) {
      await page.keyboard.press(key);
      expect(await overlay(), key).toEqual({ visible: true, background: colour, paused: true });
      // Covers the whole window.
      const box = await page.$eval('.reveal .pause-overlay', (el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      });
      expect(box).toMatchObject({ x: 0, y: 0, width: 1920, height: 1080 });
      await page.keyboard.press('ArrowRight');
      expect((await overlay()).paused, `next key after ${key} restores`).toBe(false);
      expect(await position(page), `restoring after ${key} does not also move`).toEqual(before);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('jumps to a slide number with G', async () => {
    const { page, context, errors } = await openDeck(browser, inject('deckUrl'));
    await page.keyboard.press('g');
    await page.waitForSelector('.jump-to-slide-input', { state: 'visible' });
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.Reveal!.getIndices().h === 11);
    expect(await currentId(page)).toBe(slides[11].id);
    // Typing digits in the box did not trigger our own keys (e.g. 1–6 in the 目录).
    expect(await page.$eval('.deck-overlay-toc', (el) => (el as HTMLElement).hidden)).toBe(true);
    // The box speaks Chinese and finds a slide by the Chinese text on it (reveal's own search cannot).
    await page.keyboard.press('g');
    expect(await page.$eval('.jump-to-slide-input', (i) => (i as HTMLInputElement).placeholder)).toBe('输入页码或文字，回车跳转');
    const target = slides.findIndex((s, i) => i > 20 && s.kind === 'chart');
    const query = (slides[target] as { title: string }).title.slice(0, 6);
    const expected = await page.evaluate(
      (q) => window.Reveal!.getSlides().findIndex((s) => (s.querySelector('.slide-inner')?.textContent ?? '').replace(/\s+/g, '').includes(q.replace(/\s+/g, ''))),
      query,
    );
    expect(expected).toBeGreaterThan(11);
    await page.keyboard.type(query);
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => window.Reveal!.getIndices().h === n, expected);
    // Characters special in regular expressions find nothing and leave the deck where it was, without an error.
    await page.keyboard.press('g');
    await page.keyboard.type('((');
    await page.keyboard.press('Enter');
    // Enter was handled (it closes the box) before the deck is checked for not having moved.
    await page.waitForSelector('.jump-to-slide-input', { state: 'hidden' });
    expect((await position(page))[0]).toBe(expected);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('goes full screen on F, and on F5 (a clicker\'s start button) instead of reloading', async () => {
    const { page, context, errors } = await openDeck(browser, inject('deckUrl'));
    await page.keyboard.press('PageDown');
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement === document.documentElement);
    // F again leaves full screen.
    await page.keyboard.press('f');
    await page.waitForFunction(() => !document.fullscreenElement);
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await page.keyboard.press('F5');
    await page.waitForFunction(() => document.fullscreenElement === document.documentElement);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the Chinese help on ?, closes it on Esc without moving or opening the overview', async () => {
    const { page, context, errors } = await openDeck(browser, inject('deckUrl'));
    await page.keyboard.press('PageDown');
    const before = await position(page);
    await page.keyboard.press('Shift+Slash');
    const help = page.locator('.deck-overlay-help');
    await help.waitFor({ state: 'visible' });
    const text = await help.innerText();
    for (const words of ['快捷键', '黑屏', '白屏', '全屏', '演讲者视图', '目录', '跳到指定页', 'PageDown']) expect(text).toContain(words);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => window.Reveal!.isOverview())).toBe(false);
    expect(await position(page)).toEqual(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists the six parts in the 目录 (M) and jumps to the one clicked', async () => {
    const { page, context, errors } = await openDeck(browser, inject('deckUrl'));
    await page.keyboard.press('m');
    const toc = page.locator('.deck-overlay-toc');
    await toc.waitFor({ state: 'visible' });
    const items = await toc.locator('.toc-item').allInnerTexts();
    for (const p of parts.filter((x) => x.numeral)) expect(items.some((t) => t.includes(p.title))).toBe(true);
    const third = parts.find((p) => p.part === 's3')!;
    await toc.locator('.toc-item[data-part="s3"]').click();
    await toc.waitFor({ state: 'hidden' });
    await page.waitForFunction((id) => window.Reveal!.getCurrentSlide()?.id === id, third.firstId);
    // Digit keys jump too.
    await page.keyboard.press('m');
    await page.keyboard.press('5');
    await page.waitForFunction((id) => window.Reveal!.getCurrentSlide()?.id === id, parts.find((p) => p.part === 's5')!.firstId);
    // The part label on a content slide says where we are, and opens the 目录 when clicked.
    const content = slides.findIndex((s, i) => i > third.first && s.kind !== 'section');
    await page.evaluate((n) => window.Reveal!.slide(n), content);
    const label = page.locator('.part-label');
    await expect.poll(() => label.innerText()).toMatch(/^[一二三四五六]、/);
    await label.click();
    await toc.waitFor({ state: 'visible' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the speaker view on S, which follows the deck and shows the speech for the slide', async () => {
    const { page, context, errors } = await openDeck(browser, inject('deckUrl'));
    const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    const popupErrors: string[] = [];
    popup.on('pageerror', (e) => popupErrors.push(e.message));
    popup.on('console', (m) => m.type() === 'error' && popupErrors.push(m.text()));
    await waitForDeck(popup, { reveal: false });
    expect(new URL(popup.url()).search).toBe('?speaker');

    const notesShown = () => popup.$$eval('[data-speaker-notes] p[data-paragraph]', (ps) => ps.map((p) => p.textContent));
    const previewId = (which: string) =>
      popup.$eval(`.${which} iframe`, (f) => (f as HTMLIFrameElement).contentWindow!.Reveal?.getCurrentSlide()?.id ?? null);

    for (let step = 0; step < 4; step++) {
      // Move the main window to the next slide (past any fragments).
      const from = await currentId(page);
      while ((await currentId(page)) === from) await page.keyboard.press('ArrowRight');
      const id = await currentId(page);
      await expect.poll(notesShown, { timeout: 5000 }).toEqual(notesOf(id));
      await expect.poll(() => previewId('sp-current'), { timeout: 10_000 }).toBe(id);
      const next = slides[slides.findIndex((s) => s.id === id) + 1]?.id;
      await expect.poll(() => previewId('sp-next'), { timeout: 10_000 }).toBe(next);
      expect(await popup.locator('.sp-count').innerText()).toBe(`${slides.findIndex((s) => s.id === id) + 1} / ${slides.length}`);
    }
    // The clock runs, and pauses on request.
    const elapsed = popup.locator('.sp-elapsed .sp-time-value');
    await expect.poll(() => elapsed.innerText(), { timeout: 5000 }).not.toBe('0:00');
    await popup.getByRole('button', { name: '暂停计时' }).click();
    await expect.poll(() => popup.getByRole('button', { name: '继续计时' }).count()).toBe(1);
    const stopped = await elapsed.innerText();
    // A stopped clock can only be seen to stay stopped over time: let the speaker view's own clock pass
    // more than a displayed second (the resume below shows the display still updates).
    const pausedAt = await popup.evaluate(() => Date.now());
    await popup.waitForFunction((t) => Date.now() - t > 1600, pausedAt);
    expect(await elapsed.innerText()).toBe(stopped);
    await popup.getByRole('button', { name: '继续计时' }).click();
    await expect.poll(() => elapsed.innerText(), { timeout: 5000 }).not.toBe(stopped);
    // Pacing: one segment per part with its suggested minutes from the settings, and ahead/behind in words.
    const segments = await popup.$$eval('.sp-seg', (els) => els.map((el) => [(el as HTMLElement).dataset.part, el.querySelector('.sp-seg-time')?.textContent ?? '']));
    expect(segments.map(([p]) => p)).toEqual(parts.map((p) => p.part));
    for (const [part, text] of segments) expect(text, part).toMatch(new RegExp(`^\\d+:\\d\\d / ${deck.settings.pacingMinutes[part as keyof typeof deck.settings.pacingMinutes]}分$`));
    expect(await popup.locator('.sp-pace').innerText()).toMatch(/^(比计划(提前|落后) \d+:\d\d|与计划相符)$/);
    expect(await popup.locator('.sp-part-budget').innerText()).toMatch(/^本部分建议 \d+ 分钟，(还剩|已超出) \d+:\d\d/);

    // Keys pressed in the speaker window (the clicker talks to whichever window has focus) drive the deck.
    const before = await position(page);
    await popup.keyboard.press('PageDown');
    await expect.poll(() => position(page)).not.toEqual(before);
    expect(after(await position(page), before)).toBe(true);
    await popup.keyboard.press('b');
    await page.waitForFunction(() => window.Reveal!.isPaused());
    await expect.poll(() => popup.locator('.sp-status').innerText()).toContain('黑屏');
    await popup.keyboard.press('ArrowRight');
    await page.waitForFunction(() => !window.Reveal!.isPaused());

    // The pre-meeting check: a collapsed line while anything is open (as in the shipped settings), the same items as `npm run check`.
    const open = unsettled(deck.settings, deck.checks);
    const check = popup.locator('.sp-check');
    if (open.length) {
      expect(await check.locator('summary').innerText()).toBe(`会前检查：${open.length} 项待确认`);
      expect(await check.locator('li').first().isVisible()).toBe(false);
      await check.locator('summary').click();
      await expect.poll(() => check.locator('li').first().isVisible()).toBe(true);
      expect(await check.locator('li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.check))).toEqual(open.map((i) => i.id));
      await check.locator('summary').click();
      await expect.poll(() => check.locator('li').first().isVisible()).toBe(false);
    } else {
      expect(await check.count()).toBe(0);
    }

    // A click on a part in the pace strip sends the deck there.
    await popup.locator('.sp-seg[data-part="s4"] button').click();
    await page.waitForFunction((id) => window.Reveal!.getCurrentSlide()?.id === id, parts.find((p) => p.part === 's4')!.firstId);

    // S again brings the same window forward instead of opening another.
    await page.evaluate(() => {
      const w = window as unknown as { opened: number };
      w.opened = 0;
      const open = window.open.bind(window);
      window.open = (...args) => {
        w.opened++;
        return open(...args);
      };
    });
    await page.keyboard.press('s');
    // A later key acting shows S has been handled.
    await page.keyboard.press('b');
    await page.waitForFunction(() => window.Reveal!.isPaused());
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => !window.Reveal!.isPaused());
    expect(await page.evaluate(() => (window as unknown as { opened: number }).opened)).toBe(0);
    expect(context.pages()).toHaveLength(2);
    expect(errors).toEqual([]);
    expect(popupErrors).toEqual([]);
    await context.close();
  });

  it('connects a speaker view opened by hand (no opener) over BroadcastChannel', async () => {
    const { page, context, errors } = await openDeck(browser, inject('deckUrl') + '#/' + slides[3].id);
    const speaker = await context.newPage();
    await speaker.goto(inject('deckUrl') + '?speaker');
    await expect.poll(() => speaker.locator('.sp-count').innerText(), { timeout: 5000 }).toBe(`4 / ${slides.length}`);
    await speaker.keyboard.press('ArrowRight');
    await expect.poll(() => position(page)).not.toEqual([3, -1]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws charts in the speaker view\'s previews', async () => {
    const { page, context, errors } = await openDeck(browser, inject('deckUrl'));
    const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await waitForDeck(popup, { reveal: false });
    await speakerFollowsToChart(page, popup, firstChart.id);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works from the single offline file opened from disk: speaker view, previews, charts, nothing fetched', async () => {
    singleFile = await buildSingleToTemp('deck-presenting-single-');
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const requests: string[] = [];
    const errors: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    context.on('page', (p) => {
      p.on('pageerror', (e) => errors.push(`${p.url()}: ${e.message}`));
      p.on('console', (m) => m.type() === 'error' && errors.push(`${p.url()}: ${m.text()}`));
    });
    const page = await context.newPage();
    await page.goto(pathToFileURL(singleFile).href + '#/' + slides[2].id);
    await waitForDeck(page);
    expect(await currentId(page)).toBe(slides[2].id);
    const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await waitForDeck(popup, { reveal: false });
    expect(popup.url()).toMatch(/^file:.*\?speaker$/);
    await expect.poll(() => popup.$$eval('[data-speaker-notes] p[data-paragraph]', (ps) => ps.map((p) => p.textContent))).toEqual(notesOf(slides[2].id));
    await speakerFollowsToChart(page, popup, firstChart.id);
    // The speaker window's keys reach the deck window here too.
    const before = await position(page);
    await popup.keyboard.press('ArrowRight');
    await expect.poll(() => position(page)).not.toEqual(before);
    expect(requests.filter((u) => !isLocal(u))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the slide in the URL hash, and a reload returns to it', async () => {
    const { page, context, errors } = await openDeck(browser, inject('deckUrl'));
    const target = slides[9];
    await page.evaluate((n) => window.Reveal!.slide(n), 9);
    await page.waitForFunction((id) => location.hash === `#/${id}`, target.id, { timeout: 5000 });
    await page.reload();
    await waitForDeck(page);
    expect(await currentId(page)).toBe(target.id);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a valid slide, without errors, for malformed or out-of-range hashes', async () => {
    for (const hash of ['#/no-such-slide', '#/9999', '#/-3', '#/%E0%A4%A', '#/"]>', '#/cover/abc', '#//', '#/part-2/99']) {
      const { page, context, errors } = await openDeck(browser, inject('deckUrl') + hash);
      const id = await currentId(page);
      expect(slides.some((s) => s.id === id), `${hash} → ${id}`).toBe(true);
      expect(await page.$eval('.slide-number', (el) => el.textContent?.replace(/\s+/g, '')), hash).toMatch(/^\d+\/\d+$/);
      // The address bar names the slide shown (none for the first slide), so a reload or a shared link agrees.
      const shown = await page.evaluate(() => location.hash);
      expect(shown === '' ? slides[0].id : decodeURIComponent(shown.replace(/^#\//, '').split('/')[0]), hash).toBe(id);
      expect(errors, hash).toEqual([]);
      await context.close();
    }
  });

  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
    { width: 1024, height: 768 },
  ]) {
    it(`shows 当前/总数, the progress bar and the part label at ${size.width}×${size.height} without covering slide content`, async () => {
      const { page, context, errors } = await openDeck(browser, inject('deckUrl'), size);
      const overlaps: string[] = [];
      for (let i = 0; i < slides.length; i++) {
        await page.evaluate((n) => window.Reveal!.slide(n, 0, Number.MAX_SAFE_INTEGER), i);
        const found = await page.evaluate(() => {
          const chrome = ['.slide-number', '.part-label', '.progress']
            .map((sel) => document.querySelector<HTMLElement>(`.reveal ${sel}`))
            .filter((el): el is HTMLElement => !!el && !el.hidden && getComputedStyle(el).display !== 'none')
            .map((el) => ({ name: el.className, box: el.getBoundingClientRect() }));
          const slide = window.Reveal!.getCurrentSlide();
          const content = Array.from(slide.querySelectorAll<HTMLElement>('.slide-inner *')).filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
          });
          const hits: string[] = [];
          for (const c of chrome) {
            for (const el of content) {
              const r = el.getBoundingClientRect();
              const b = c.box;
              if (r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top) hits.push(`${c.name} covers ${el.className || el.tagName}`);
            }
          }
          const number = document.querySelector('.reveal .slide-number')?.textContent?.replace(/\s+/g, '') ?? '';
          return { hits, number, chrome: chrome.map((c) => c.name) };
        });
        const id = slides[i].id;
        expect(found.number, id).toBe(`${i + 1}/${slides.length}`);
        expect(found.chrome, id).toContain('progress');
        overlaps.push(...found.hits.map((h) => `${id}: ${h}`));
      }
      expect(overlaps).toEqual([]);
      // The label shows on content slides, set in type large enough to read.
      const content = slides.findIndex((s) => s.kind !== 'section' && s.kind !== 'cover' && s.kind !== 'closing' && /^s[1-6]$/.test(parts.find((p) => p.first <= slides.indexOf(s) && slides.indexOf(s) < p.first + p.slides)!.part));
      await page.evaluate((n) => window.Reveal!.slide(n), content);
      const label = await page.$eval('.reveal .part-label', (el) => ({ hidden: (el as HTMLElement).hidden, size: parseFloat(getComputedStyle(el).fontSize) }));
      expect(label.hidden).toBe(false);
      expect(label.size).toBeGreaterThanOrEqual(14);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
