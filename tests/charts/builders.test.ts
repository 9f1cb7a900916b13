import { describe, expect, it } from 'vitest';
import { doubling, impliedRate, indexPath } from '../../src/charts/builders/doubling.ts';
import { forecast, forecastGap, forecastSum, SUM_NAME } from '../../src/charts/builders/forecast.ts';
import { honourCounts, honours } from '../../src/charts/builders/honours.ts';
import { buildOption, chartTable, describeChart } from '../../src/charts/builders/index.ts';
import { planCounts, UNNAMED } from '../../src/charts/builders/plan-counts.ts';
import { roadmap } from '../../src/charts/builders/roadmap.ts';
import type { ChartSpec, ForecastSpec } from '../../src/charts/specs.ts';
import { doublingSpec, forecastSpec, honoursSpec, planSpec, roadmapSpec } from './fixtures.ts';

type AnySeries = { type: string; name?: string; data: unknown[]; markLine?: { data: { xAxis: number }[] } };
const seriesOf = (o: { series?: unknown }) => o.series as AnySeries[];
const off = { animation: false };

describe('forecast builder', () => {
  const option = forecast.option(forecastSpec, off);
  const data = seriesOf(option)[0].data as { name: string; value: [number, number, number] }[];

  it('keeps a range a range: both ends, no single bar from zero', () => {
    expect(data[0]).toEqual({ name: '南车株机', value: [0, 400, 500] });
    expect(seriesOf(option)[0].type).toBe('custom');
    expect(option.tooltip).toBeDefined();
  });

  it('marks a lower bound as open-ended (no upper value) and says 以上', () => {
    expect(data[1]).toEqual({ name: '电力机车研究所', value: [1, 300, -1] });
    expect(forecast.table(forecastSpec).rows[1]).toEqual(['电力机车研究所', '300', '—', '下限：300亿元以上']);
    expect(forecast.describe(forecastSpec)).toContain('300亿元以上');
    expect(forecast.describe(forecastSpec)).toContain('400—500亿元');
  });

  it('draws the target as a reference line at exactly the target value', () => {
    expect(seriesOf(option)[0].markLine!.data).toEqual([{ xAxis: 1000, name: '千亿产业园区' }]);
  });

  it('computes the combined forecast and gap: with an open end, only 至少 and 不超过 follow', () => {
    expect(forecastSum(forecastSpec)).toEqual({ low: 700, high: null });
    expect(forecastGap(forecastSpec)).toEqual({ max: 300, min: null });
    expect(data[2]).toEqual({ name: SUM_NAME, value: [2, 700, -1] });
    const text = forecast.describe(forecastSpec);
    expect(text).toContain('至少700亿元（推算）');
    expect(text).toContain('不超过300亿元（推算）');
    // Derived from the items, not typed in: change an input and the outputs follow.
    const other: ForecastSpec = { ...forecastSpec, items: [{ name: 'a', kind: 'range', low: 450, high: 600 }, { name: 'b', kind: 'range', low: 100, high: 200 }] };
    expect(forecastSum(other)).toEqual({ low: 550, high: 800 });
    expect(forecastGap(other)).toEqual({ max: 450, min: 200 });
    expect(forecast.describe(other)).toContain('550—800亿元');
  });
});

describe('doubling builder', () => {
  it('projects 100 → 200 over three years at the implied rate', () => {
    const path = indexPath(doublingSpec);
    expect(path).toHaveLength(4);
    expect(path[0]).toBe(100);
    expect(path[3]).toBeCloseTo(200, 10);
    expect(impliedRate(doublingSpec)).toBeCloseTo(Math.cbrt(2) - 1, 12);
    expect(seriesOf(doubling.option(doublingSpec, off))[0].data).toEqual(path);
  });

  it('labels the rate ≈26% as 按“三年翻一番”推算 and the share as a target', () => {
    const text = doubling.describe(doublingSpec);
    expect(text).toContain('年均增长约26%（推算）');
    expect(text).toContain('按“三年翻一番”推算');
    expect(text).toContain('为目标而非统计数据');
    const table = doubling.table(doublingSpec);
    expect(table.rows.at(-1)).toEqual(['力争占全市半壁江山', '50%', '目标，非统计数据']);
    // The rate follows the inputs: five years to triple is ≈25%.
    expect(doubling.describe({ ...doublingSpec, years: 5, factor: 3 })).toContain('约25%');
  });

  it('never plots the share target as a data series', () => {
    const option = doubling.option(doublingSpec, off);
    expect(seriesOf(option)).toHaveLength(1);
    expect(JSON.stringify(option.graphic)).toContain('目标：力争占全市半壁江山');
  });
});

describe('roadmap builder', () => {
  it('places each milestone at its year and the span from now to its uncertain end', () => {
    const option = roadmap.option(roadmapSpec, off);
    const ms = seriesOf(option).find((s) => s.type === 'scatter')!;
    const points = ms.data as { value: [number, number]; name: string }[];
    expect(points.map((d) => [d.value[0], d.name])).toEqual([
      [1, '初见成效'],
      [3, '大见成效'],
      [5, '再造一个新**'],
    ]);
    expect(seriesOf(option).find((s) => s.type === 'custom')!.data).toEqual([[0, 3, 5]]);
    expect(roadmap.table(roadmapSpec).rows).toEqual([
      ['一年', '初见成效'],
      ['三年', '大见成效'],
      ['五年', '再造一个新**'],
      ['今后3至5年', '黄金机遇期'],
    ]);
  });
});

describe('honours builder', () => {
  it('counts honours by level from the named items', () => {
    expect(honourCounts(honoursSpec).map((c) => [c.level, c.count])).toEqual([
      ['全国', 2],
      ['全省', 6],
      ['全市', 2],
    ]);
    expect(seriesOf(honours.option(honoursSpec, off))[0].data).toEqual([2, 6, 2]);
  });

  it('names every honour in the description and the table', () => {
    const text = honours.describe(honoursSpec) + JSON.stringify(honours.table(honoursSpec));
    for (const i of honoursSpec.items) expect(text).toContain(i.name);
  });
});

describe('planCounts builder', () => {
  const option = planCounts.option(planSpec, off);
  const [named, unnamed] = seriesOf(option) as { data: { value: [number, number]; name: string }[] }[];

  it('draws one cell per project: the named ones carry their names, none are invented', () => {
    expect(named.data.map((d) => d.name)).toEqual([...planSpec.items[0].named, ...planSpec.items[1].named]);
    expect(named.data.length + unnamed.data.length).toBe(30);
    expect(unnamed.data.every((d) => d.name.includes(UNNAMED))).toBe(true);
    expect(unnamed.data.filter((d) => d.value[1] === 2)).toHaveLength(10);
  });

  it('tables counts, named items and the unnamed remainder', () => {
    expect(planCounts.table(planSpec).rows).toEqual([
      ['十大重点基础工程', '10项', '田心高科园基础配套设施、铜塘湾港区、重金属工业废水处理厂、铜霞路一期改扩建', '6项'],
      ['十大产业项目', '10项', '轨道交通千亿产业集群、南车时代百亿工程、旗滨集团光伏玻璃产业基地、时代研究院', '6项'],
      ['十件民生实事', '10件', '—', '10件'],
    ]);
  });
});

describe('every chart type', () => {
  const specs: ChartSpec[] = [
    { type: 'dayShare', label: '空气质量良好天数', value: 310, unit: '天', total: 365, totalBasis: '按全年365天推算' },
    forecastSpec,
    doublingSpec,
    roadmapSpec,
    honoursSpec,
    planSpec,
  ];
  it.each(specs.map((s) => [s.type, s] as const))('%s builds, describes and tables, in both sizes, animation as asked', (_t, spec) => {
    for (const compact of [false, true]) {
      const o = buildOption(spec, { animation: compact, compact });
      expect(o.animation).toBe(compact);
      expect(o.tooltip).toBeDefined();
      if (typeof o.animationDuration === 'number') expect(o.animationDuration).toBeLessThan(800);
      // Labels are readable: no font size below the 26px caption anywhere in the option.
      const sizes = JSON.stringify(o).match(/"fontSize":\d+/g) ?? [];
      for (const s of sizes) expect(Number(s.split(':')[1])).toBeGreaterThanOrEqual(26);
    }
    expect(describeChart(spec).length).toBeGreaterThan(10);
    const t = chartTable(spec);
    expect(t.rows.length).toBeGreaterThan(0);
    for (const r of t.rows) expect(r).toHaveLength(t.head.length);
  });
});

describe('wrapList', () => {
  it('breaks between names, keeps the separator at the line end, and breaks a name only when it must', async () => {
    const { wrapList } = await import('../../src/charts/builders/common.ts');
    expect(wrapList(['甲乙丙', '丁戊', '己庚辛壬'], '、', 6 * 10, 10)).toEqual(['甲乙丙、', '丁戊、', '己庚辛壬']);
    expect(wrapList(['甲乙丙丁戊己庚'], '、', 3 * 10, 10)).toEqual(['甲乙丙', '丁戊己', '庚']);
    for (const line of wrapList(honoursSpec.items.map((i) => i.name), '、', 600, 30)) expect(line.startsWith('、')).toBe(false);
  });
});

describe('planCounts measure words', () => {
  it('uses an item’s own measure word when it has one (十件民生实事 → 件)', () => {
    const spec = { ...planSpec, items: planSpec.items.map((i) => (i.name === '十件民生实事' ? { ...i, unit: '件' } : i)) };
    expect(planCounts.table(spec).rows[2]).toEqual(['十件民生实事', '10件', '—', '10件']);
    expect(planCounts.describe(spec)).toContain('十件民生实事共10件');
    expect(planCounts.table(spec).rows[0][1]).toBe('10项');
  });
});

describe('forecast drawing', () => {
  // A stand-in for ECharts' renderItem api: value units map 1:1 to pixels, one category = 100px.
  const api = { value: () => 0, coord: ([x, c]: [number, number]) => [x, c * 100 + 50], size: () => [0, 100] };
  const option = forecast.option(forecastSpec, off);
  const series = (option.series as unknown as { renderItem: (p: { dataIndex: number }, a: typeof api) => { children: Record<string, unknown>[] } }[])[0];
  const draw = (i: number) => series.renderItem({ dataIndex: i }, api).children;
  const rects = (i: number) => draw(i).filter((c) => c.type === 'rect') as { shape: { x: number; width: number }; style: { fill: unknown } }[];
  const texts = (i: number) => draw(i).filter((c) => c.type === 'text').map((c) => (c.style as { text: string }).text);

  it('draws the range as one band from 400 to 500, not a bar from zero', () => {
    const band = rects(0)[0];
    expect(band.shape.x).toBe(400);
    expect(band.shape.width).toBe(100);
    expect(rects(0).every((r) => r.shape.x >= 398)).toBe(true);
    expect(texts(0)).toEqual(['400—500亿元']);
  });

  it('draws the lower bound from 300 with a fading, open end and the word 以上', () => {
    const bar = rects(1)[0];
    expect(bar.shape.x).toBe(300);
    expect((bar.style.fill as { type: string }).type).toBe('linear');
    expect(draw(1).some((c) => c.type === 'polygon')).toBe(true);
    expect(texts(1)).toEqual(['300亿元以上']);
  });

  it('draws the sum as open-ended from 700 and the gap to 1000 as derived', () => {
    expect(rects(2)[0].shape.x).toBe(700);
    expect(texts(2)).toEqual(['至少700亿元（推算）', '差距不超过300亿元（推算）']);
    const bracket = rects(2).find((r) => r.shape.width === 300);
    expect(bracket, 'a bracket from 700 to the target').toBeDefined();
  });
});
