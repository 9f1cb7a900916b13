import { describe, expect, it } from 'vitest';
import { deck } from '../../slides/index.ts';
import { speech } from '../../slides/source/index.ts';
import { notesFor } from '../../src/model/notes.ts';
import { deckSlides, normalizePoint } from '../../src/model/types.ts';
import { visibleText } from './visible-text.ts';

const slides = deckSlides(deck);
const cited = new Set(slides.flatMap((s) => s.source));

describe('coverage of the speech', () => {
  it('presents every paragraph — salutation, headings and body — on at least one slide', () => {
    const missing = speech.paragraphs.filter((p) => !cited.has(p.id)).map((p) => `${p.id}: ${p.text.slice(0, 20)}…`);
    expect(missing).toEqual([]);
    // Sanity: the check sees the whole speech, not an empty list.
    expect(speech.paragraphs.filter((p) => p.kind === 'body').length).toBeGreaterThan(30);
  });

  it('gives every numbered item at least one slide of its own part', () => {
    for (const p of speech.paragraphs.filter((q) => q.item !== undefined)) {
      const module = deck.sections.find((s) => s.part === p.part)!;
      expect(module.slides.some((s) => s.source.includes(p.id)), p.id).toBe(true);
    }
  });

  it('orders the modules as the speech runs and opens each part with its divider', () => {
    expect(deck.sections.map((s) => s.part)).toEqual(speech.parts);
    for (const section of deck.sections.filter((s) => s.part !== 'open' && s.part !== 'close')) {
      const first = section.slides[0];
      expect(first.kind, section.part).toBe('section');
      expect(first.source).toEqual([`${section.part}.h`]);
      expect(section.slides.filter((s) => s.kind === 'section')).toHaveLength(1);
    }
    expect(slides[0].kind).toBe('cover');
    expect(slides[slides.length - 1].kind).toBe('closing');
  });

  it('keeps every slide in the module of a part it cites', () => {
    for (const section of deck.sections) {
      for (const s of section.slides) {
        const parts = s.source.map((id) => speech.byId.get(id)!.part);
        expect(parts, s.id).toContain(section.part);
      }
    }
  });

  it('puts the cited paragraphs, verbatim, in every slide’s notes', () => {
    for (const s of slides) {
      const notes = notesFor(s, speech);
      expect(notes.map((p) => p.id).sort(), s.id).toEqual([...s.source].sort());
      for (const p of notes) expect(p.text).toBe(speech.byId.get(p.id)!.text);
    }
  });
});

describe('slides present, they do not paste', () => {
  it('never shows an item number (parts 一 and 四 start at 2; nothing may look missing)', () => {
    for (const s of slides) {
      for (const piece of visibleText(s)) {
        expect(piece.text, `${s.id} ${piece.path}`).not.toMatch(/\d+、|^[一二三四五六七八九十]、/u);
      }
    }
  });

  it('keeps lists short: at most 7 points, 6 cards, 3 figures per slide', () => {
    for (const s of slides) {
      if (s.kind === 'points') expect(s.points.length, s.id).toBeLessThanOrEqual(7);
      if (s.kind === 'cards') expect(s.cards.length, s.id).toBeLessThanOrEqual(6);
      if (s.kind === 'figures') expect(s.figures.length, s.id).toBeLessThanOrEqual(3);
      if (s.kind === 'quote' || s.kind === 'closing') expect(s.lines.length, s.id).toBeLessThanOrEqual(3);
    }
  });

  it('keeps each line short enough to read from the back of the room', () => {
    const len = (t: string) => [...t].length;
    for (const s of slides) {
      if ('title' in s) expect(len(s.title), `${s.id} title`).toBeLessThanOrEqual(22);
      if ('lead' in s && s.lead) expect(len(s.lead), `${s.id} lead`).toBeLessThanOrEqual(32);
      if (s.kind === 'points') for (const p of s.points.map(normalizePoint)) expect(len(p.text), `${s.id}: ${p.text}`).toBeLessThanOrEqual(30);
      if (s.kind === 'cards') {
        for (const c of s.cards) {
          expect(len(c.heading), `${s.id}: ${c.heading}`).toBeLessThanOrEqual(18);
          for (const b of c.body ?? []) expect(len(b), `${s.id}: ${b}`).toBeLessThanOrEqual(22);
        }
      }
      if (s.kind === 'quote') for (const l of s.lines) expect(len(l), `${s.id}: ${l}`).toBeLessThanOrEqual(16);
    }
  });
});
