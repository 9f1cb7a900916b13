import { describe, expect, it } from 'vitest';
import { chartTable, describeChart } from '../../src/charts/types/index.ts';
import { speech } from '../../slides/source/index.ts';
import { withDistrictNameIn } from '../../src/model/district.ts';
import { NO_CHECKS } from '../../src/model/readiness.ts';
import { shownModel } from '../../src/model/shown.ts';
import type { ChartSpec } from '../../src/charts/types/specs.ts';
import type { ChartSlide, DeckSettings } from '../../src/model/types.ts';
import { buildOption, textBoxes, tipsOf } from '../charts/drawn.ts';
import { roadmapSpec } from '../charts/fixtures.ts';

const slide = { kind: 'chart', id: 'goal-roadmap', title: 't', source: ['s3.p1'], chart: roadmapSpec } as ChartSlide;
const settings = (districtName: string) => ({ districtName }) as DeckSettings;
/** The chart spec of the shown model of a one-slide deck. */
function shownChartSpec(s: ChartSlide, st: DeckSettings): ChartSpec {
  const shown = shownModel({ settings: st, checks: NO_CHECKS, sections: [{ part: 's3', slides: [s] }] }, speech).slides[0];
  if (shown.kind !== 'chart') throw new Error('not a chart');
  return shown.chart;
}

describe('district name in chart text', () => {
  it('keeps "**" as the source has it while no name is set', () => {
    expect(shownChartSpec(slide, settings('**'))).toBe(roadmapSpec);
    expect(describeChart(shownChartSpec(slide, settings('')))).toContain('再造一个新**');
  });

  it('puts the name into the drawn labels, the text alternative and the data table', () => {
    const spec = shownChartSpec(slide, settings('某某区'));
    // Drawn (a label may wrap into lines, drawn one after the other) and in the tooltips.
    const drawn = textBoxes(spec, 1680, 671).map((b) => b.text).join('');
    expect(drawn).toContain('再造一个新某某区');
    expect(drawn).not.toContain('**');
    const tips = tipsOf(buildOption(spec, { animation: false, width: 1680 })).flat().join('|');
    expect(tips).toContain('再造一个新某某区');
    expect(tips).not.toContain('**');
    expect(describeChart(spec)).toContain('再造一个新某某区');
    expect(chartTable(spec).rows.flat()).toContain('再造一个新某某区');
    // The slide's own data stays as the source wrote it.
    expect(roadmapSpec.milestones[2].label).toBe('再造一个新**');
  });

  it('replaces inside nested arrays and objects, leaving numbers alone', () => {
    expect(withDistrictNameIn({ a: ['**区', { b: '新**' }], n: 3 }, '株洲')).toEqual({ a: ['株洲区', { b: '新株洲' }], n: 3 });
  });
});
