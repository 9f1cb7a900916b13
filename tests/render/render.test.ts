// @vitest-environment happy-dom
/**
 * The renderer in a page: every slide of the real deck, of every kind,
 * rendered as reveal.js markup, with the words the slide data gives and
 * the speech paragraphs as its notes.
 */
import { describe, expect, it } from 'vitest';
import { deck } from '../../slides/index.ts';
import { speech } from '../../slides/source/index.ts';
import { notesFor } from '../../src/model/notes.ts';
import { shownModel } from '../../src/model/shown.ts';
import { deckSlides, type Slide, type SlideKind } from '../../src/model/types.ts';
import { renderDeck } from '../../src/render/index.ts';

const KINDS: readonly SlideKind[] = ['cover', 'section', 'points', 'cards', 'figures', 'quote', 'chart', 'closing'];
const slides = deckSlides(deck);
const partOf = new Map(deck.sections.flatMap((s) => s.slides.map((x) => [x.id, s.part] as const)));

/** Text as read, without the line-breaking spans and spaces the renderer adds. */
const flat = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '').replaceAll('\u00a0', '');

function rendered(districtName = deck.settings.districtName): HTMLElement[] {
  const sections = renderDeck(shownModel({ ...deck, settings: { ...deck.settings, districtName } }, speech));
  document.body.replaceChildren(...sections);
  return sections;
}

/** The words each kind must show, straight from the slide data. */
function wordsOf(s: Slide): string[] {
  switch (s.kind) {
    case 'cover':
      return [s.headline, deck.settings.meetingTitle];
    case 'section':
      return [speech.partTitles[s.part]];
    case 'points':
      return [s.title, ...s.points.map((p) => (typeof p === 'string' ? p : p.text))];
    case 'cards':
      return [s.title, ...s.cards.map((c) => c.heading.replaceAll(' · ', '·'))];
    case 'figures':
      return [s.title, ...s.figures.flatMap((f) => [f.value, f.label])];
    case 'quote':
      return [...s.lines];
    case 'chart':
      return [s.title];
    case 'closing':
      return [...s.lines];
  }
}

// Each test renders the whole real deck into the page: allow for a busy machine.
describe('rendering the deck into a page', { timeout: 20_000 }, () => {
  it('uses every slide kind, so every renderer is exercised below', () => {
    expect(new Set(slides.map((s) => s.kind))).toEqual(new Set(KINDS));
  });

  it('makes one <section> per slide, in order, marked with its id, kind and part', () => {
    const sections = rendered();
    expect(sections.map((s) => s.id)).toEqual(slides.map((s) => s.id));
    sections.forEach((el, i) => {
      const s = slides[i];
      expect(el.tagName, s.id).toBe('SECTION');
      expect(el.className, s.id).toBe(`slide slide-${s.kind}`);
      expect(el.dataset.kind, s.id).toBe(s.kind);
      expect(el.dataset.part, s.id).toBe(partOf.get(s.id));
      expect(el.dataset.source, s.id).toBe(s.source.join(' '));
      expect(el.querySelectorAll(':scope > .slide-inner'), s.id).toHaveLength(1);
    });
  });

  it('shows the words of each slide and carries its speech paragraphs, verbatim, as notes', () => {
    const sections = rendered();
    sections.forEach((el, i) => {
      const s = slides[i];
      const text = flat(el.querySelector('.slide-inner')?.textContent);
      for (const w of wordsOf(s)) expect(text, `${s.id}: ${w}`).toContain(flat(w));
      const notes = Array.from(el.querySelectorAll('aside.notes > p'));
      expect(notes.map((p) => [p.getAttribute('data-paragraph'), p.textContent]), s.id).toEqual(notesFor(s, speech).map((p) => [p.id, p.text]));
    });
  });

  it('gives each kind its own structure', () => {
    const sections = rendered();
    const at = (s: Slide) => sections[slides.indexOf(s)];
    for (const s of slides) {
      const el = at(s);
      switch (s.kind) {
        case 'cover':
          expect(el.querySelector('h1.cover-headline'), s.id).not.toBeNull();
          break;
        case 'section':
          expect(el.querySelector('.divider-numeral')?.textContent, s.id).toMatch(/^[一二三四五六七八九十]+$/);
          break;
        case 'points':
          expect(el.querySelector('.points')?.getAttribute('data-count'), s.id).toBe(String(s.points.length));
          break;
        case 'cards':
          expect(el.querySelectorAll('.card-heading'), s.id).toHaveLength(s.cards.length);
          break;
        case 'figures':
          expect(el.querySelectorAll('.figures > .figure'), s.id).toHaveLength(s.figures.length);
          break;
        case 'quote':
          expect(el.querySelectorAll('.quote-line'), s.id).toHaveLength(s.lines.length);
          break;
        case 'closing':
          expect(el.querySelectorAll('.closing-line'), s.id).toHaveLength(s.lines.length);
          expect(el.querySelector('.closing-extra'), s.id).not.toBeNull();
          break;
        case 'chart': {
          const canvas = el.querySelector<HTMLElement>('.chart-canvas');
          expect(canvas?.dataset.chartFor, s.id).toBe(s.id);
          expect(canvas?.getAttribute('role'), s.id).toBe('img');
          expect(canvas?.getAttribute('aria-label')?.length, s.id).toBeGreaterThan(0);
          // The data table: hidden until T or the button, which point at it.
          const panel = el.querySelector<HTMLElement>('.chart-table-panel');
          expect(panel?.hidden, s.id).toBe(true);
          expect(canvas?.getAttribute('aria-describedby'), s.id).toBeTruthy();
          expect(el.querySelector(`#${canvas!.getAttribute('aria-describedby')!}`), s.id).not.toBeNull();
          expect(panel?.querySelectorAll('tbody tr').length, s.id).toBeGreaterThan(0);
          expect(el.querySelector('.chart-table-toggle')?.getAttribute('aria-controls'), s.id).toBe(panel?.id);
          break;
        }
      }
    }
  });

  it('shows the district name once set, in the slides only: the notes stay the speech\'s', () => {
    const masked = rendered('**');
    const withMask = masked.filter((el) => el.querySelector('.slide-inner')?.textContent?.includes('**'));
    expect(withMask.length).toBeGreaterThan(0);
    const named = rendered('示范区');
    for (const el of named) {
      expect(el.querySelector('.slide-inner')?.textContent, el.id).not.toContain('**');
      const s = slides.find((x) => x.id === el.id)!;
      expect(Array.from(el.querySelectorAll('aside.notes > p')).map((p) => p.textContent), el.id).toEqual(notesFor(s, speech).map((p) => p.text));
    }
    for (const el of withMask) expect(named.find((x) => x.id === el.id)?.querySelector('.slide-inner')?.textContent, el.id).toContain('示范区');
  });
});
