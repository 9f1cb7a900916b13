import { describe, expect, it } from 'vitest';
import { doubling } from '../../src/charts/types/doubling/index.ts';
import { doublingBars, impliedRate, indexPath } from '../../src/charts/types/doubling/spec.ts';
import { forecast } from '../../src/charts/types/forecast/index.ts';
import { forecastAxisMax, forecastTicks } from '../../src/charts/types/forecast/option.ts';
import { FORECAST_QUALIFIER, forecastGap, forecastSum, itemText, SUM_NAME } from '../../src/charts/types/forecast/spec.ts';
import { honours } from '../../src/charts/types/honours/index.ts';
import { honourCounts } from '../../src/charts/types/honours/spec.ts';
import { chartTable, describeChart } from '../../src/charts/types/index.ts';
import { planCounts } from '../../src/charts/types/plan-counts/index.ts';
import { namedList } from '../../src/charts/types/plan-counts/spec.ts';
import { roadmap } from '../../src/charts/types/roadmap/index.ts';
import { roadmapEnd } from '../../src/charts/types/roadmap/spec.ts';
import type { ChartSpec, ForecastSpec } from '../../src/charts/types/specs.ts';
import { color } from '../../src/charts/common.ts';
import { buildOption, drawnItem, textBoxes, tipsOf } from './drawn.ts';
import { doublingSpec, forecastSpec, honoursSpec, planSpec, roadmapSpec } from './fixtures.ts';

const off = { animation: false };

describe('forecast builder', () => {
  // The drawing at 1680×671, read back through each layer's renderItem (a stub api gives the size).
  type El = { type: string; shape?: Record<string, unknown>; style?: Record<string, unknown>; children?: El[] };
  type Layer = { type: string; name: string; silent: boolean; data: { name: string }[]; renderItem: (p: { dataIndex: number }, a: unknown) => El };
  const W = 1680;
  const H = 671;
  const api = { getWidth: () => W, getHeight: () => H };
  const flat = (el: El): El[] => (el.children ? el.children.flatMap(flat) : [el]);
  const option = buildOption(forecastSpec, off);
  const layers = option.series as unknown as Layer[];
  const layer = (name: string) => layers.find((l) => l.name === name)!;
  const draw = (name: string, i = 0) => flat(layer(name).renderItem({ dataIndex: i }, api));
  const rows = layer('产值');
  // The value scale, from the light dashed lines at its ticks (0 … max): x(v) in pixels, within a pixel.
  const max = forecastAxisMax(forecastSpec);
  const ticks = draw('').filter((e) => e.type === 'line' && e.style!.stroke === color.neutralLight);
  const [x0, xMax] = [ticks[0], ticks.at(-1)!].map((t) => t.shape!.x1 as number);
  const x = (v: number) => x0 + (v / max) * (xMax - x0);
  const near = (a: unknown, b: number) => expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(1);
  const visibleRects = (i: number) => draw('产值', i).filter((e) => e.type === 'rect' && e.style!.opacity !== 0) as unknown as { shape: { x: number; width: number }; style: { fill: unknown } }[];

  it('keeps a range a range: both ends, no single bar from zero', () => {
    expect(layers.every((l) => l.type === 'custom')).toBe(true);
    expect(rows.data.map((d) => d.name)[0]).toBe('南车株机：400—500亿元');
    const band = visibleRects(0).find((r) => r.style.fill === color.red)!;
    near(band.shape.x, x(400));
    near(band.shape.x + band.shape.width, x(500));
    // The end caps straddle the ends; nothing reaches back towards zero.
    for (const r of visibleRects(0)) expect(r.shape.x).toBeGreaterThanOrEqual(x(400) - 3);
  });

  it('marks a lower bound as open-ended (no upper value) and says 以上', () => {
    expect(rows.data.map((d) => d.name)[1]).toBe('电力机车研究所：300亿元以上');
    const bar = visibleRects(1).find((r) => (r.style.fill as { type?: string }).type === 'linear')!;
    near(bar.shape.x, x(300));
    // No end cap: the only firm mark is at the bound.
    const marks = visibleRects(1).filter((r) => r.style.fill === color.ink);
    expect(marks).toHaveLength(1);
    near(marks[0].shape.x + marks[0].shape.width / 2, x(300));
    expect(forecast.table(forecastSpec).rows[1]).toEqual(['电力机车研究所', '300', '—', '下限：300亿元以上（据初步估算）']);
    expect(forecast.describe(forecastSpec)).toContain('300亿元以上');
    expect(forecast.describe(forecastSpec)).toContain('400—500亿元');
  });

  it('draws the target as a reference line at exactly the target value', () => {
    const lines = draw('千亿产业园区').filter((e) => e.type === 'line');
    expect(lines).toHaveLength(1);
    expect(lines[0].style).toMatchObject({ stroke: color.redDeep, lineDash: [12, 6] });
    near(lines[0].shape!.x1, x(1000));
    expect(lines[0].shape!.x2).toBe(lines[0].shape!.x1);
    expect(textBoxes(forecastSpec, W, H).map((b) => b.text)).toContain('千亿产业园区');
  });

  it('computes the combined forecast and gap for the data table only, labelled 推算, never for the chart', () => {
    expect(forecastSum(forecastSpec)).toEqual({ low: 700, high: null });
    expect(forecastGap(forecastSpec)).toEqual({ max: 300, min: null });
    // Only the speech's two items are drawn.
    expect(rows.data).toHaveLength(2);
    for (const [w, h] of [[540, 420], [1264, 586], [W, H]]) {
      const texts = textBoxes(forecastSpec, w, h).map((b) => b.text);
      const drawn = texts.join('|') + layers.flatMap((l) => l.data.map((d) => d.name)).join('|') + forecast.describe(forecastSpec);
      for (const derived of ['至少', '700亿', '推算', SUM_NAME, '差距', '合计']) expect(drawn).not.toContain(derived);
      expect(texts).toContain(FORECAST_QUALIFIER);
    }
    const rows2 = forecast.table(forecastSpec).rows;
    expect(rows2.find((r) => r[0] === SUM_NAME)).toEqual([SUM_NAME, '700', '—', '推算：各项相加，至少700亿元']);
    expect(rows2.find((r) => r[0].startsWith('与目标差距'))!.at(-1)).toBe('推算：目标减两项合计，与千亿产业园区目标差距不超过300亿元');
    // Derived from the items, not typed in: change an input and the outputs follow.
    const other: ForecastSpec = { ...forecastSpec, items: [{ name: 'a', kind: 'range', low: 450, high: 600 }, { name: 'b', kind: 'range', low: 100, high: 200 }] };
    expect(forecastSum(other)).toEqual({ low: 550, high: 800 });
    expect(forecastGap(other)).toEqual({ max: 450, min: 200 });
    expect(JSON.stringify(forecast.table(other))).toContain('550—800亿元');
  });

  it('keeps the value axis’s light dashed lines at its nice ticks, with no numbers drawn', () => {
    expect(forecastTicks(1200, 5)).toEqual([0, 200, 400, 600, 800, 1000, 1200]);
    expect(forecastTicks(1200, 3)).toEqual([0, 500, 1000, 1200]);
    expect(ticks.map((t) => t.shape!.x1 as number)).toHaveLength(7);
    ticks.forEach((t, i) => near(t.shape!.x1, x(i * 200)));
    expect(textBoxes(forecastSpec, W, H).filter((b) => /^\d+$/.test(b.text))).toEqual([]);
  });
});

describe('doubling builder', () => {
  it('draws doubling as 1 → 2, with the speech’s words and no number', () => {
    const option = buildOption(doublingSpec, off);
    // Bar heights stand 1 : 2 on one base line.
    const bar = (i: number) => drawnItem(option, 0, i).children!.filter((c) => c.type === 'rect')[1].shape!;
    const [now, later] = [bar(0), bar(1)];
    expect(later.y + later.height).toBeCloseTo(now.y + now.height, 0);
    expect(later.height / now.height).toBeCloseTo(2, 1);
    const texts = textBoxes(doublingSpec, 1680, 671).map((b) => b.text);
    expect(texts).toEqual(['工业总量', '现在', '翻一番', '三年', '力争占全市半壁江山']);
    expect(doublingBars(doublingSpec).map((b) => b.name)).toEqual(['现在', '三年']);
    const drawn = texts.join() + tipsOf(option).join() + doubling.describe(doublingSpec);
    for (const derived of ['26', '126', '159', '50%', '推算', '指数']) expect(drawn).not.toContain(derived);
    // The share target is the speech's words in a frame: decoration, not a data item.
    expect(tipsOf(option)).toEqual([['现在：工业总量', '三年：翻一番'], ['']]);
  });

  it('keeps the index path and the ≈26% rate in the data table, labelled 推算', () => {
    const path = indexPath(doublingSpec);
    expect(path).toHaveLength(4);
    expect(path[0]).toBe(100);
    expect(path[3]).toBeCloseTo(200, 10);
    expect(impliedRate(doublingSpec)).toBeCloseTo(Math.cbrt(2) - 1, 12);
    const table = doubling.table(doublingSpec);
    expect(table.rows.map((r) => r[1])).toEqual(['100', '126', '158.7', '200', '50%']);
    expect(table.rows[1][2]).toContain('年均增长约26%');
    expect(table.rows[1][2]).toContain('推算');
    expect(table.rows.at(-1)).toEqual(['力争占全市半壁江山', '50%', '推算：半壁江山按一半计；目标，非统计数据']);
    // The rate follows the inputs: five years to triple is ≈25%.
    expect(JSON.stringify(doubling.table({ ...doublingSpec, years: 5, factor: 3 }))).toContain('约25%');
  });
});

describe('roadmap builder', () => {
  type El = { type: string; shape?: Record<string, unknown>; style?: Record<string, unknown>; children?: El[] };
  type Layer = { name: string; data: { name: string }[]; renderItem: (p: { dataIndex: number }, a: unknown) => El };
  const api = { getWidth: () => 1680, getHeight: () => 671 };
  const flat = (el: El): El[] => (el.children ? el.children.flatMap(flat) : [el]);

  it('places each milestone at its year and the span from now to its uncertain end', () => {
    const option = buildOption(roadmapSpec, off);
    const layers = option.series as unknown as Layer[];
    const draw = (name: string, i = 0) => flat(layers.find((l) => l.name === name)!.renderItem({ dataIndex: i }, api));
    // The time scale: the line runs from now (year 0) to a little past the last year (its arrow's tip).
    const line = draw('时间').find((e) => e.type === 'line')!.shape as { x1: number; x2: number };
    const x = (year: number) => line.x1 + (year / (roadmapEnd(roadmapSpec) + 0.35)) * (line.x2 - line.x1);
    const ms = layers.find((l) => l.name === '目标')!;
    expect(ms.data.map((d) => d.name)).toEqual(['一年：初见成效', '三年：大见成效', '五年：再造一个新**']);
    const points = roadmapSpec.milestones.map((_, i) => {
      const els = draw('目标', i);
      return [(els.find((e) => e.type === 'circle')!.shape as { cx: number }).cx, (els.find((e) => e.type === 'text')!.style as { text: string }).text];
    });
    expect(points.map(([cx]) => Math.round(cx as number))).toEqual([1, 3, 5].map((y) => Math.round(x(y))));
    expect(points.map(([, t]) => t)).toEqual(['初见成效', '大见成效', '再造一个新**']);
    // The span: one item, drawn from now (0), firm to its earliest end (3), fading to its latest (5).
    const span = layers.find((l) => l.name === '黄金机遇期')!;
    expect(span.data).toHaveLength(1);
    const rects = draw('黄金机遇期').filter((e) => e.type === 'rect') as unknown as { shape: { x: number; width: number } }[];
    expect(rects.map((r) => [Math.round(r.shape.x), Math.round(r.shape.x + r.shape.width)])).toEqual([
      [Math.round(x(0)), Math.round(x(3))],
      [Math.round(x(3)), Math.round(x(5))],
    ]);
    expect(roadmap.table(roadmapSpec).rows).toEqual([
      ['一年', '初见成效'],
      ['三年', '大见成效'],
      ['五年', '再造一个新**'],
      ['今后3至5年', '黄金机遇期'],
    ]);
  });

  it('labels only the years the speech names, and now', () => {
    for (const [w, h] of [[540, 420], [1264, 586], [1680, 671]]) {
      const texts = textBoxes(roadmapSpec, w, h).map((b) => b.text);
      for (const year of ['起点', '一年', '三年', '五年']) expect(texts).toContain(year);
      for (const year of ['二年', '四年']) expect(texts).not.toContain(year);
    }
  });
});

describe('honours builder', () => {
  // ECharts' renderItem api as the drawing uses it: the chart's size.
  const W = 1680;
  const H = 671;
  const api = { getWidth: () => W, getHeight: () => H };
  type Rect = { type: string; shape: { x: number; y: number; width: number; height: number }; style: { opacity?: number } };
  const option = buildOption(honoursSpec, off);
  const layers = option.series as unknown as { data: { name: string }[]; renderItem: (p: { dataIndex: number }, a: typeof api) => { children: Rect[] } }[];
  const row = (i: number) => layers[0].renderItem({ dataIndex: i }, api).children;
  const bar = (i: number) => row(i)[0];
  const drawn = (spec = honoursSpec) => [textBoxes(spec, W, H), textBoxes(spec, 540, 420)].flat().map((b) => b.text);

  it('groups honours by the levels the data gives, in their order, with no count drawn', () => {
    expect(honourCounts(honoursSpec).map((c) => [c.level, c.count])).toEqual([
      ['全国', 2],
      ['全省', 6],
      ['全市', 2],
    ]);
    // One bar per level, as long as its count: lengths in the ratio 2 : 6 : 2, all from the same edge.
    expect(layers[0].data).toHaveLength(3);
    const unit = bar(1).shape.width / 6;
    expect(unit).toBeGreaterThan(0);
    for (const [i, n] of [2, 6, 2].entries()) {
      expect(bar(i).shape.width).toBeCloseTo(n * unit, 6);
      expect(bar(i).shape.x).toBe(bar(0).shape.x);
    }
    // The levels are drawn as the data gives them; no count, no 项, no made-up level names.
    const texts = drawn();
    for (const level of ['全国', '全省', '全市']) expect(texts).toContain(level);
    const words = texts.join('|') + layers.flatMap((l) => l.data.map((d) => d.name)).join('|');
    expect(words).not.toMatch(/\d|项|全国级|全省级|全市级|国家级|省级|市级/);
    // A made-up speech with other levels works the same way.
    const other = { type: 'honours' as const, levels: ['甲级', '乙级'], items: [{ level: '乙级', name: 'x' }] };
    expect(honourCounts(other).map((c) => [c.level, c.count])).toEqual([
      ['甲级', 0],
      ['乙级', 1],
    ]);
    expect(drawn(other)).toEqual(expect.arrayContaining(['甲级', '乙级', 'x']));
  });

  it('names each level’s honours in its row’s tooltip, and the whole row answers', () => {
    expect(layers[0].data[0].name).toBe('全国\n· 全国科技进步先进城区\n· 征兵工作全国先进');
    expect(layers[0].data[2].name).toBe('全市\n· 全市先进单位\n· 全市优秀党委');
    // The labels and names are decoration: the row itself answers the pointer.
    expect(layers[1].data.every((d) => d.name === '')).toBe(true);
    for (const i of [0, 1, 2]) {
      const b = bar(i);
      const target = row(i).find((c) => c.type === 'rect' && c.shape.x === 0 && c.shape.width === W);
      expect(target).toBeDefined();
      expect(target!.style.opacity).toBe(0);
      // It spans the bar's row: rows are evenly spaced and the bar is centred in its own.
      expect(target!.shape.y).toBeLessThan(b.shape.y);
      expect(target!.shape.y + target!.shape.height).toBeGreaterThan(b.shape.y + b.shape.height);
      expect(target!.shape.y + target!.shape.height / 2).toBeCloseTo(b.shape.y + b.shape.height / 2, 6);
    }
  });

  it('names every honour in the description and the table; the counts only in the table', () => {
    const text = honours.describe(honoursSpec) + JSON.stringify(honours.table(honoursSpec));
    for (const i of honoursSpec.items) expect(text).toContain(i.name);
    expect(honours.describe(honoursSpec)).not.toMatch(/\d项/);
    expect(honours.table(honoursSpec).rows.map((r) => r[1])).toEqual(['2项', '6项', '2项']);
    // Wide, every honour is drawn beside its bar (wrapped between names); compact leaves them to the tooltip.
    const wide = textBoxes(honoursSpec, W, H).map((b) => b.text).join('');
    for (const i of honoursSpec.items) expect(wide).toContain(i.name);
    const compact = textBoxes(honoursSpec, 540, 420).map((b) => b.text);
    expect(compact).toEqual(['全国', '全省', '全市']);
  });
});

describe('planCounts builder', () => {
  const W = 1680;
  const H = 671;
  const api = { getWidth: () => W, getHeight: () => H };
  type Rect = { type: string; shape: { x: number; y: number; width: number; height: number } };
  const option = buildOption(planSpec, off);
  const layers = option.series as unknown as { data: { name: string }[]; renderItem: (p: { dataIndex: number }, a: typeof api) => Rect }[];
  const cell = (i: number) => layers[0].renderItem({ dataIndex: i }, api);
  const centre = (i: number) => ({ x: cell(i).shape.x + cell(i).shape.width / 2, y: cell(i).shape.y + cell(i).shape.height / 2 });

  it('draws a cell for each project the speech names, and nothing for the rest', () => {
    // One item per named project (8), not per counted one (20); its tooltip is the project, then its plan.
    const named = planSpec.items.flatMap((item) => item.named.map((name) => `${name}\n${item.name}`));
    expect(layers[0].data.map((d) => d.name)).toEqual(named);
    expect(named).toHaveLength(8);
    for (const i of named.keys()) expect(cell(i).type).toBe('rect');
    // Rows of four equal, evenly spaced cells: the first four in the top row, the rest below.
    const first = planSpec.items[0].named.length;
    const c = named.map((_, i) => centre(i));
    for (const i of named.keys()) {
      expect(cell(i).shape.width).toBe(cell(0).shape.width);
      expect(c[i].y).toBe(c[i < first ? 0 : first].y);
      expect(c[i].x).toBeCloseTo(c[i % first].x, 6);
      if (i % first) expect(c[i].x - c[i - 1].x).toBeCloseTo(c[1].x - c[0].x, 6);
    }
    expect(c[first].y).toBeGreaterThan(c[0].y + cell(0).shape.height);
    // The decoration layer answers nothing.
    expect(layers[1].data.every((d) => d.name === '')).toBe(true);
    expect(option.legend).toBeUndefined();
    const drawn = [W, 1264, 540].flatMap((w) => textBoxes(planSpec, w, w < 900 ? 420 : H).map((b) => b.text)).join('|') + layers[0].data.map((d) => d.name).join('|') + planCounts.describe(planSpec);
    for (const commentary of ['未列明', '列明', '共10', '民生实事']) expect(drawn).not.toContain(commentary);
    // The speech's own "等" closes each list.
    expect(namedList(planSpec.items[0]).at(-1)).toBe('铜霞路一期改扩建等');
    expect(textBoxes(planSpec, W, H).map((b) => b.text)).toContain('铜霞路一期改扩建等');
  });

  it('tables counts, named items and the unnamed remainder', () => {
    expect(planCounts.table(planSpec).rows).toEqual([
      ['十大重点基础工程', '10项', '田心高科园基础配套设施、铜塘湾港区、重金属工业废水处理厂、铜霞路一期改扩建', '6项'],
      ['十大产业项目', '10项', '轨道交通千亿产业集群、南车时代百亿工程、旗滨集团光伏玻璃产业基地、时代研究院', '6项'],
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
      // Something on every chart answers the pointer with its data.
      expect(tipsOf(o).flat().filter(Boolean).length).toBeGreaterThan(0);
      if (typeof o.animationDuration === 'number') expect(o.animationDuration).toBeLessThan(800);
      // Labels are readable: no drawn text below the 26px caption.
      const drawn = textBoxes(spec, compact ? 540 : 1680, compact ? 420 : 671, compact);
      expect(drawn.length).toBeGreaterThan(0);
      for (const b of drawn) expect(b.size, b.text).toBeGreaterThanOrEqual(26);
    }
    expect(describeChart(spec).length).toBeGreaterThan(10);
    const t = chartTable(spec);
    expect(t.rows.length).toBeGreaterThan(0);
    for (const r of t.rows) expect(r).toHaveLength(t.head.length);
  });
});

describe('wrapList', () => {
  it('breaks between names, keeps the separator at the line end, and breaks a name only when it must', async () => {
    const { wrapList } = await import('../../src/charts/common.ts');
    expect(wrapList(['甲乙丙', '丁戊', '己庚辛壬'], '、', 6 * 10, 10)).toEqual(['甲乙丙、', '丁戊、', '己庚辛壬']);
    expect(wrapList(['甲乙丙丁戊己庚'], '、', 3 * 10, 10)).toEqual(['甲乙丙', '丁戊己', '庚']);
    for (const line of wrapList(honoursSpec.items.map((i) => i.name), '、', 600, 30)) expect(line.startsWith('、')).toBe(false);
  });
});

describe('planCounts measure words', () => {
  it('uses an item’s own measure word when it has one (十件 → 件)', () => {
    const spec = { ...planSpec, items: [...planSpec.items, { name: '十件实事', count: 10, named: [], unit: '件' }] };
    expect(planCounts.table(spec).rows[2]).toEqual(['十件实事', '10件', '—', '10件']);
    expect(planCounts.table(spec).rows[0][1]).toBe('10项');
  });
});

describe('forecast drawing', () => {
  // The drawing at 1264×586 (a 4:3 slide), read back through each layer's renderItem.
  type El = { type: string; shape?: Record<string, unknown>; style?: Record<string, unknown>; children?: El[] };
  type Layer = { name: string; data: unknown[]; renderItem: (p: { dataIndex: number }, a: unknown) => El };
  const api = { getWidth: () => 1264, getHeight: () => 586 };
  const flat = (el: El): El[] => (el.children ? el.children.flatMap(flat) : [el]);
  const option = buildOption(forecastSpec, off);
  const layers = option.series as unknown as Layer[];
  const draw = (name: string, i = 0) => flat(layers.find((l) => l.name === name)!.renderItem({ dataIndex: i }, api));
  // The value scale, from its axis line (0) and its last dashed line (the axis end).
  const max = forecastAxisMax(forecastSpec);
  const axis = draw('').filter((e) => e.type === 'line');
  const x0 = axis.find((e) => e.style!.stroke === color.neutral)!.shape!.x1 as number;
  const xMax = axis.filter((e) => e.style!.stroke === color.neutralLight).at(-1)!.shape!.x1 as number;
  const x = (v: number) => x0 + (v / max) * (xMax - x0);
  // The shapes a row shows (its invisible hover area left out).
  const rects = (i: number) => draw('产值', i).filter((c) => c.type === 'rect' && c.style!.opacity !== 0) as unknown as { shape: { x: number; width: number }; style: { fill: unknown } }[];
  const texts = (i: number) => draw('产值', i).filter((c) => c.type === 'text').map((c) => (c.style as { text: string }).text);

  it('draws the range as one band from 400 to 500, not a bar from zero', () => {
    const band = rects(0)[0];
    expect(Math.abs(band.shape.x - x(400))).toBeLessThanOrEqual(1);
    expect(Math.abs(band.shape.width - (x(500) - x(400)))).toBeLessThanOrEqual(1);
    expect(rects(0).every((r) => r.shape.x >= x(400) - 3)).toBe(true);
    expect(texts(0)).toEqual(['400—500亿元']);
  });

  it('draws the lower bound from 300 with a fading, open end and the word 以上', () => {
    const bar = rects(1)[0];
    expect(Math.abs(bar.shape.x - x(300))).toBeLessThanOrEqual(1);
    expect((bar.style.fill as { type: string }).type).toBe('linear');
    expect(draw('产值', 1).some((c) => c.type === 'polygon')).toBe(true);
    expect(texts(1)).toEqual(['300亿元以上']);
  });

  it('draws no third row: the sum and the gap are not on the chart', () => {
    expect(layers.find((l) => l.name === '产值')!.data).toHaveLength(2);
  });

  it('keeps each row’s label clear of the target line on a phone, the name over the figure when one line is too long', () => {
    const [w, h] = [540, 420];
    const phone = buildOption(forecastSpec, { animation: false, compact: true, width: w });
    const target = (phone.series as unknown as Layer[]).findIndex((l) => l.name === forecastSpec.target.name);
    const line = flat(drawnItem(phone, target, 0, w, h) as El).find((e) => e.type === 'line')!.shape!.x1 as number;
    const rowWords = forecastSpec.items.flatMap((it) => [it.name, itemText(it, forecastSpec.unit), `${it.name}：${itemText(it, forecastSpec.unit)}`]);
    const labels = textBoxes(forecastSpec, w, h, true).filter((b) => rowWords.includes(b.text));
    // Every row is labelled, with its name and its figure.
    for (const it of forecastSpec.items) expect(labels.some((b) => b.text.includes(it.name)) && labels.some((b) => b.text.includes(itemText(it, forecastSpec.unit)))).toBe(true);
    for (const b of labels) expect(b.x + b.width, b.text).toBeLessThanOrEqual(line);
    // One size for every row's label.
    expect(new Set(labels.map((b) => b.size)).size).toBe(1);
    // The long one (电力机车研究所：300亿元以上) takes two lines, name first.
    const long = forecastSpec.items.find((it) => it.name === '电力机车研究所')!;
    const [name, figure] = [labels.find((b) => b.text === long.name)!, labels.find((b) => b.text === itemText(long, forecastSpec.unit))!];
    expect(name.y + name.height).toBeLessThanOrEqual(figure.y + 1);
  });

  it('shows a row’s tooltip anywhere across the plot: an invisible rect spans the row', () => {
    const hover = draw('产值', 0).find((c) => c.type === 'rect' && c.style!.opacity === 0)!.shape as { x: number; width: number };
    expect(Math.abs(hover.x - x0)).toBeLessThanOrEqual(1);
    expect(Math.abs(hover.x + hover.width - xMax)).toBeLessThanOrEqual(1);
  });
});
