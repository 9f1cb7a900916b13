/**
 * The screen speaks for the speaker, charts included: every number a chart
 * draws, at every size the deck gives it, is in the paragraphs its slide
 * cites — with no exception for labelled derivations — and no drawn text
 * comments on the source. Derived values live in the data table only.
 */
import { describe, expect, it } from 'vitest';
import { deck } from '../../slides/index.ts';
import { speech } from '../../slides/source/index.ts';
import { deckSlides } from '../../src/model/types.ts';
import { untracedNumbers } from '../slides/numbers.ts';
import { screenProblems } from '../slides/screen-words.ts';
import { buildOption, textBoxes, tipsOf } from './drawn.ts';

const SIZES = [
  { width: 540, height: 420 },
  { width: 1264, height: 586 },
  { width: 1680, height: 671 },
];

describe('drawn chart text', () => {
  for (const slide of deckSlides(deck)) {
    if (slide.kind !== 'chart') continue;
    it(`${slide.id}: every drawn number is in the cited paragraphs, and nothing comments on the source`, () => {
      const source = slide.source.map((id) => speech.byId.get(id)!.text).join('\n');
      const problems: string[] = [];
      for (const { width, height } of SIZES) {
        const texts = textBoxes(slide.chart, width, height).map((b) => b.text);
        expect(texts.length).toBeGreaterThan(0);
        for (const t of texts) {
          for (const n of untracedNumbers(t, source)) problems.push(`${width}px: "${n.number}" (${n.needle}) in "${t}"`);
          for (const w of screenProblems(t)) problems.push(`${width}px: ${w} in "${t}"`);
        }
      }
      expect(problems).toEqual([]);
    });

    it(`${slide.id}: its tooltips, shown on the projected slide, hold the same rule`, () => {
      const source = slide.source.map((id) => speech.byId.get(id)!.text).join('\n');
      const problems: string[] = [];
      for (const compact of [false, true]) {
        const tips = tipsOf(buildOption(slide.chart, { animation: false, compact })).flat().filter(Boolean);
        expect(tips.length).toBeGreaterThan(0);
        for (const t of tips) {
          for (const n of untracedNumbers(t, source)) problems.push(`"${n.number}" (${n.needle}) in "${t}"`);
          for (const w of screenProblems(t)) problems.push(`${w} in "${t}"`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('fails on a derived figure drawn on a chart', () => {
    const source = speech.byId.get('s2.i2')!.text;
    expect(untracedNumbers('至少700亿元', source)).not.toEqual([]);
    expect(untracedNumbers('约占全年84.9%', speech.byId.get('s1.i2')!.text)).not.toEqual([]);
    expect(untracedNumbers('400—500亿元', source)).toEqual([]);
  });
});
