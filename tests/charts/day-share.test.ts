import { describe, expect, it } from 'vitest';
import { dayShare } from '../../src/charts/types/day-share/index.ts';
import { dayShareRatio } from '../../src/charts/types/day-share/spec.ts';
import type { DayShareSpec } from '../../src/charts/types/specs.ts';
import { tokens } from '../../src/theme/tokens.ts';
import { buildOption, drawnItem, textBoxes, tipsOf } from './drawn.ts';

const spec: DayShareSpec = { type: 'dayShare', label: '空气质量良好天数', value: 310, unit: '天', total: 365, totalBasis: '按全年365天推算' };

describe('dayShare builder', () => {
  it('draws exactly the source value as its share of the ring, the remainder completing it', () => {
    const option = buildOption(spec, { animation: false });
    const value = drawnItem(option, 0, 0).shape!;
    const rest = drawnItem(option, 0, 1).shape!;
    const turn = 2 * Math.PI;
    expect((value.endAngle - value.startAngle) / turn).toBeCloseTo(310 / 365, 10);
    expect((rest.endAngle - rest.startAngle) / turn).toBeCloseTo(55 / 365, 10);
    expect(rest.startAngle).toBe(value.endAngle);
    // Parted by a thin line of paper at both ends alike.
    for (const part of [drawnItem(option, 0, 0), drawnItem(option, 0, 1)]) expect(part.style).toMatchObject({ stroke: tokens.color.paper, lineWidth: 2 });
    // From the top, as the speech's figure is read first.
    expect(value.startAngle).toBeCloseTo(-Math.PI / 2, 10);
    expect(option.animation).toBe(false);
    // Only the speech's count answers the pointer.
    expect(tipsOf(option)[0]).toEqual(['空气质量良好天数：310天', '']);
  });

  it('computes the share instead of storing it, for the data table only, labelled derived', () => {
    expect(dayShareRatio(spec)).toBe(84.9);
    expect(dayShareRatio({ ...spec, total: 366 })).toBe(84.7);
    expect(dayShare.table(spec).rows.at(-1)).toEqual(['占全年比例（推算）', '84.9%（按全年365天推算）']);
    // Not on the chart, not in its tooltips, not in what is read out for it.
    const texts = textBoxes(spec, 1680, 671).map((b) => b.text);
    expect(texts).toEqual(['310天', '空气质量良好天数']);
    const drawn = texts.join() + tipsOf(buildOption(spec, { animation: false })).join() + dayShare.describe(spec);
    for (const derived of ['84.9', '推算', '约占', '365天', '55']) expect(drawn).not.toContain(derived);
  });
});
