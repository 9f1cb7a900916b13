/**
 * The made-up three-part deck (tests/fixtures/three-part) through the model:
 * the engine takes its parts from the speech, not from this one speech.
 * The browser and the exports are in tests/e2e/fixture-deck.test.ts.
 */
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { deck } from '../fixtures/three-part/index.ts';
import { speech } from '../fixtures/three-part/source/index.ts';
import { buildPresentation, slidesNeedingPictures, writePresentation } from '../../src/export/pptx/index.ts';
import { partHeading, shownModel, slideTitle, sourceLabel } from '../../src/model/shown.ts';
import { deckSlides } from '../../src/model/types.ts';
import { assertValidDeck } from '../../src/model/validate.ts';

const slides = deckSlides(deck);

describe('a three-part speech', () => {
  it('parses into its own three parts', () => {
    expect(speech.parts).toEqual(['open', 's1', 's2', 's3', 'close']);
    expect(partHeading('s3', speech)).toBe('三、明确任务，推动书香**建设再上台阶');
    expect(speech.byId.get('close.1')?.text.startsWith('同志们，')).toBe(true);
  });

  it('makes a valid deck whose parts follow the speech, each numbered part opened by its divider', () => {
    expect(() => assertValidDeck(deck, speech)).not.toThrow();
    expect(deck.sections.map((s) => s.part)).toEqual(speech.parts);
    expect(slides.filter((s) => s.kind === 'section').map((s) => s.id)).toEqual(['part-1', 'part-2', 'part-3']);
    expect(Object.keys(deck.settings.pacingMinutes).sort()).toEqual([...speech.parts].sort());
  });

  it('cites every paragraph of its speech', () => {
    const cited = new Set(slides.flatMap((s) => s.source));
    expect(speech.paragraphs.filter((p) => !cited.has(p.id)).map((p) => p.id)).toEqual([]);
    expect(sourceLabel(['s3.i1'], speech)).toBe('讲话第三部分第1条');
  });

  it('shows the district name once set, in titles and slides, the notes verbatim', () => {
    const shown = shownModel({ ...deck, settings: { ...deck.settings, districtName: '青石' } }, speech);
    const divider = shown.slides.find((s) => s.id === 'part-3')!;
    expect(slideTitle(divider, shown.speech)).toBe('三、明确任务，推动书香青石建设再上台阶');
    expect(shown.speech.byId.get('s3.h')?.text).toContain('**');
  });

  it('exports to PPTX with the same builder, every slide native', async () => {
    const shown = shownModel(deck, speech);
    expect(await slidesNeedingPictures(shown.slides)).toEqual([]);
    const zip = await JSZip.loadAsync(await writePresentation(await buildPresentation(PptxGenJS, shown)));
    expect(zip.file(/^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(slides.length);
    expect(zip.file(/^ppt\/charts\/chart\d+\.xml$/)).toHaveLength(1);
  });
});
