/**
 * The screen speaks for the speaker (issue 11): what the projected slide
 * shows is the speaker's own words, in the speech's order. Commentary on the
 * source, contested years and half-finished phrases stay off the screen.
 * The rendered DOM is checked the same way in tests/e2e/deck.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { deck } from '../../slides/index.ts';
import { speech } from '../../slides/source/index.ts';
import { deckSlides } from '../../src/model/types.ts';
import type { Slide } from '../../src/model/types.ts';
import { screenProblems } from './screen-words.ts';
import { visibleText } from './visible-text.ts';

const slides = deckSlides(deck);

/** Titles, leads and captions: the lines that must read as complete phrases. */
function headLines(s: Slide): { what: string; text: string }[] {
  const out: { what: string; text: string }[] = [];
  if ('title' in s) out.push({ what: 'title', text: s.title });
  if ('lead' in s && s.lead) out.push({ what: 'lead', text: s.lead });
  if ('caption' in s && s.caption) out.push({ what: 'caption', text: s.caption });
  return out;
}

/** Endings that leave a Chinese phrase hanging: a verb or preposition waiting for its object, or open punctuation. */
const DANGLING = /(?:[，、：；（“]|坚持|必须|千方百计|问题上|要|把|对|以|在|从|向|让|使|和|与|及|的)$/u;

describe('the projected slide', () => {
  it('shows no commentary on the source, no contested year and no derivation', () => {
    const problems = slides.flatMap((s) => visibleText(s).flatMap((p) => screenProblems(p.text).map((w) => `${s.id} ${p.path}: ${w} in "${p.text}"`)));
    const settingsText = [deck.settings.meetingTitle, deck.settings.description];
    problems.push(...settingsText.flatMap((t) => screenProblems(t).map((w) => `settings: ${w} in "${t}"`)));
    expect(problems).toEqual([]);
  });

  it('flags what it must flag (the check itself can fail)', () => {
    expect(screenProblems('来源：讲话第二部分第2条')).not.toEqual([]);
    expect(screenProblems('讲话未列明')).not.toEqual([]);
    expect(screenProblems('讲话列明0件')).not.toEqual([]);
    expect(screenProblems('总结2024年工作，部署2024年任务')).not.toEqual([]);
    expect(screenProblems('按全年365天推算')).not.toEqual([]);
    expect(screenProblems('全力推进**发展新跨越')).toEqual([]);
  });

  it('never ends a title, lead or caption in mid-phrase', () => {
    const dangling = slides.flatMap((s) => headLines(s).filter((l) => DANGLING.test(l.text)).map((l) => `${s.id} ${l.what}: "${l.text}"`));
    expect(dangling).toEqual([]);
    // The rule catches the phrases the review found.
    for (const bad of ['实施“城市带动”战略，必须坚持', '紧扣两大战略，坚持', '清正廉洁：让人在腐败问题上', '积极应对挑战，着力化危为机，千方百计']) {
      expect(DANGLING.test(bad), bad).toBe(true);
    }
  });

  it('gives no two slides the same or nearly the same title', () => {
    const titled = slides.filter((s): s is Extract<Slide, { title: string }> => 'title' in s);
    const clashes: string[] = [];
    for (const [i, a] of titled.entries()) {
      for (const b of titled.slice(i + 1)) {
        if (a.title === b.title || a.title.startsWith(b.title) || b.title.startsWith(a.title)) clashes.push(`${a.id} / ${b.id}: "${a.title}" / "${b.title}"`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('ends, as the speech does, on its final words', () => {
    const last = slides[slides.length - 1];
    const finalWords = speech.byId.get('close.1')!.text.split('，').at(-1)!;
    expect(visibleText(last).map((p) => p.text).join('')).toContain(finalWords.replace(/^\*\*/, ''));
    // 号角已经吹响 → 序幕即将拉开 come before it.
    const order = slides.map((s) => visibleText(s).map((p) => p.text).join(''));
    const bugle = order.findIndex((t) => t.includes('号角已经吹响'));
    const curtain = order.findIndex((t) => t.includes('序幕即将拉开'));
    expect(bugle).toBeGreaterThan(-1);
    expect(bugle).toBeLessThanOrEqual(curtain);
    expect(curtain).toBeLessThan(slides.length - 1);
  });
});
