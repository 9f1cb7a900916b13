import { describe, expect, it } from 'vitest';
import { dayShare } from '../../src/charts/types/day-share/index.ts';
import { dayShareRatio } from '../../src/charts/types/day-share/spec.ts';
import type { DayShareSpec } from '../../src/charts/types/specs.ts';

const spec: DayShareSpec = { type: 'dayShare', label: '空气质量良好天数', value: 310, unit: '天', total: 365, totalBasis: '按全年365天推算' };

describe('dayShare builder', () => {
  it('carries exactly the source value and the remainder of the whole', () => {
    const option = dayShare.option(spec, { animation: false });
    const series = (option.series as { data: { value: number }[] }[])[0];
    expect(series.data.map((d) => d.value)).toEqual([310, 55]);
    expect(option.animation).toBe(false);
  });

  it('computes the share instead of storing it, for the data table only, labelled derived', () => {
    expect(dayShareRatio(spec)).toBe(84.9);
    expect(dayShareRatio({ ...spec, total: 366 })).toBe(84.7);
    expect(dayShare.table(spec).rows.at(-1)).toEqual(['占全年比例（推算）', '84.9%（按全年365天推算）']);
    // Not on the chart, not in what is read out for it.
    const drawn = JSON.stringify(dayShare.option(spec, { animation: false })) + dayShare.describe(spec);
    for (const derived of ['84.9', '推算', '约占', '365天']) expect(drawn).not.toContain(derived);
  });
});
