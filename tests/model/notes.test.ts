import { describe, expect, it } from 'vitest';
import { speech } from '../../slides/source/index.ts';
import { notesFor, notesText } from '../../src/model/notes.ts';
import type { Slide } from '../../src/model/types.ts';

describe('speaker notes', () => {
  const slide: Slide = { kind: 'points', id: 'n', title: 't', points: ['p'], source: ['s2.i1', 's2.p1'] };

  it('are the cited paragraphs, verbatim, in speech order', () => {
    const notes = notesFor(slide, speech);
    expect(notes.map((p) => p.id)).toEqual(['s2.p1', 's2.i1']);
    expect(notes[0].text).toBe(speech.byId.get('s2.p1')!.text);
  });

  it('join into plain text with blank lines for exports', () => {
    const text = notesText(slide, speech);
    expect(text.split('\n\n')).toEqual([speech.byId.get('s2.p1')!.text, speech.byId.get('s2.i1')!.text]);
    expect(text.startsWith('不谋长远者，不足谋一时')).toBe(true);
  });
});
