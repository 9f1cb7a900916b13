import { describe, expect, it } from 'vitest';
import { deck } from '../../slides/index.ts';
import { speech } from '../../slides/source/index.ts';
import type { ChartSpec } from '../../src/charts/types/specs.ts';
import { deckSlides } from '../../src/model/types.ts';
import type { Slide } from '../../src/model/types.ts';
import { numberTokens, occursIn, untracedNumbers } from './numbers.ts';
import { sourceLabel } from '../../src/model/shown.ts';
import { visibleText } from './visible-text.ts';

const slides = deckSlides(deck);
const citedText = (s: Slide) => s.source.map((id) => speech.byId.get(id)!.text).join('\n');

/** Problems of one slide: each number on it that its cited paragraphs do not contain. */
function numberProblems(s: Slide): string[] {
  const source = citedText(s);
  const problems: string[] = [];
  for (const piece of visibleText(s)) {
    for (const t of untracedNumbers(piece.text, source)) problems.push(`${s.id} ${piece.path}: "${t.number}" (${t.needle}) in "${piece.text}"`);
  }
  if (s.kind === 'chart') problems.push(...chartProblems(s.id, s.chart, source));
  return problems;
}

const CN: Record<number, string> = { 1: '一', 2: '二', 3: '三', 4: '四', 5: '五', 6: '六', 7: '七', 8: '八', 9: '九', 10: '十', 100: '百', 1000: '千', 10000: '万' };

/** The numeric values inside a chart spec, each tied to the wording that states it. */
function chartProblems(id: string, chart: ChartSpec, source: string): string[] {
  const out: string[] = [];
  const need = (what: string, text: string | undefined) => {
    if (!text || !source.includes(text)) out.push(`${id} chart ${what}: "${text ?? '?'}" is not in the cited text`);
  };
  switch (chart.type) {
    case 'dayShare':
      need('value', `${chart.value}${chart.unit}`);
      // The whole is not in the speech: it must be labelled as the basis of a derivation.
      if (!source.includes(String(chart.total)) && !(chart.totalBasis.includes(String(chart.total)) && chart.totalBasis.includes('推算'))) {
        out.push(`${id} chart total ${chart.total} is neither quoted nor labelled 推算`);
      }
      break;
    case 'forecast':
      for (const it of chart.items) {
        need(`item ${it.name}`, it.name);
        need(`item ${it.name} value`, it.kind === 'range' ? `${it.low}—${it.high}${chart.unit}` : `${it.low}${chart.unit}以上`);
      }
      // 1000 亿元 is stated as 千亿.
      need('target', `${CN[chart.target.value] ?? chart.target.value}${chart.unit[0]}`);
      break;
    case 'doubling':
      need('years', `${CN[chart.years]}年翻一番`);
      if (chart.factor !== 2) out.push(`${id} chart factor ${chart.factor}: only 翻一番 (2) is in the speech`);
      if (chart.shareTarget) {
        need('share target label', chart.shareTarget.label);
        if (chart.shareTarget.value !== 50 || !source.includes('半壁江山')) out.push(`${id} chart share target ${chart.shareTarget.value}% is not 半壁江山`);
      }
      break;
    case 'roadmap':
      for (const m of chart.milestones) need(`milestone ${m.year}`, `${CN[m.year]}年${m.label}`);
      if (chart.span) {
        need('span', `${chart.span.from}至${chart.span.to}年`);
        need('span label', chart.span.label);
      }
      break;
    case 'honours':
      for (const it of chart.items) {
        // 全国 / 全省 / 全市 are the speech's words; the honour's own name says 国 / 省 / 市.
        const place = it.level.slice(-1);
        if (!source.includes(it.level)) out.push(`${id} level "${it.level}" is not a word of the cited paragraphs`);
        if (!chart.levels.includes(it.level)) out.push(`${id} honour "${it.name}" has a level ${it.level} the chart does not list`);
        if (!it.name.includes(place)) out.push(`${id} honour "${it.name}" does not name its level ${it.level}`);
      }
      break;
    case 'planCounts':
      for (const it of chart.items) {
        need(`plan ${it.name}`, it.name);
        if (!it.name.startsWith(CN[it.count] ?? String(it.count))) out.push(`${id} plan "${it.name}" count ${it.count} is not its own numeral`);
        for (const n of it.named) need(`named project`, n);
      }
      break;
    default: {
      const never: never = chart;
      out.push(`${id}: unknown chart ${JSON.stringify(never)}`);
    }
  }
  return out;
}

describe('every number on a slide is in the paragraphs it cites', () => {
  it('holds for the whole deck', () => {
    expect(slides.flatMap(numberProblems)).toEqual([]);
  });

  it('finds the numbers the issue names, so the check is not vacuous', () => {
    const all = slides.flatMap((s) => visibleText(s).flatMap((p) => numberTokens(p.text).map((t) => t.needle)));
    for (const n of ['310天', '12个', '5115', '三年', '五年', '十大', '3至']) expect(all, n).toContain(n);
    // The contested year is left out on screen (docs/source-notes.md item 7).
    expect(all).not.toContain('2024');
    // Chart values (400—500亿元, 300亿元以上, 千亿, 翻一番 …) are checked by chartProblems.
    const types = slides.flatMap((s) => (s.kind === 'chart' ? [s.chart.type] : []));
    expect(new Set(types)).toEqual(new Set(['dayShare', 'forecast', 'doubling', 'roadmap', 'honours', 'planCounts']));
  });

  it('names, for the data table, where each chart’s figures stand in the speech', () => {
    expect(sourceLabel(['s2.i2'], speech)).toBe('讲话第二部分第2条');
    expect(sourceLabel(['s1.i3', 's1.i4', 's1.i5'], speech)).toBe('讲话第一部分第3—5条');
    expect(sourceLabel(['s3.p1', 's2.i1'], speech)).toBe('讲话第二部分第1条、第三部分');
  });
});

describe('the numbers check fails when it should', () => {
  const air = slides.find((s) => s.id === 'air-quality')!;
  const points = (text: string, source: string[]): Slide => ({ kind: 'points', id: 'probe', title: 't', points: [text], source });

  it('rejects an Arabic number typed in wrong, or only part of a number', () => {
    expect(numberProblems(points('全年空气质量良好天数达到311天', ['s1.i2']))).toHaveLength(1);
    expect(numberProblems(points('良好天数31天', ['s1.i2']))).toHaveLength(1);
    expect(numberProblems(points('组织实施12个节能减排项目', ['s1.i2']))).toEqual([]);
  });

  it('rejects a number that is in the speech but not in the cited paragraphs', () => {
    expect(numberProblems(points('12个节能减排项目', ['s1.i3']))).toHaveLength(1);
  });

  it('rejects Chinese-numeral quantities that the cited text does not state', () => {
    expect(numberProblems(points('连续六年保持省“平安县市区”称号', ['s1.i4']))).toHaveLength(1);
    expect(numberProblems(points('工业总量两年翻一番', ['s2.i3']))).toHaveLength(1);
    expect(numberProblems(points('三个第一', ['s4.i4']))).toHaveLength(1);
    expect(numberProblems(points('十一大重点基础工程', ['s4.i3']))).toHaveLength(1);
    expect(numberProblems(points('连续五年保持', ['s1.i4']))).toEqual([]);
  });

  it('rejects a derived figure on a slide, however it is labelled: derivations live in the data table and the notes', () => {
    const fig = (label: string): Slide => ({ kind: 'figures', id: 'probe', title: '工业总量三年翻一番', source: ['s2.i3'], figures: [{ value: '26', unit: '%', label }] });
    expect(numberProblems(fig('年均增长'))).toHaveLength(1);
    expect(numberProblems(fig('年均增长（推算：2 的立方根减 1）')).length).toBeGreaterThanOrEqual(1);
  });

  it('rejects chart data that is not in the speech', () => {
    if (air.kind !== 'chart' || air.chart.type !== 'dayShare') throw new Error('air-quality is a dayShare chart');
    const wrong: Slide = { ...air, chart: { ...air.chart, value: 300 } };
    expect(numberProblems(wrong).length).toBeGreaterThan(0);
    const unlabelled: Slide = { ...air, chart: { ...air.chart, totalBasis: '全年' } };
    expect(numberProblems(unlabelled).length).toBeGreaterThan(0);
    const forecast: Slide = { kind: 'chart', id: 'probe', title: 't', source: ['s2.i2'], chart: { type: 'forecast', unit: '亿元', items: [{ name: '南车株机', kind: 'range', low: 400, high: 600 }], target: { name: '千亿产业园区', value: 1000 } } };
    expect(numberProblems(forecast).length).toBeGreaterThan(0);
  });

  it('matches whole numbers only', () => {
    const [t] = numberTokens('31天');
    expect(occursIn(t, '达到310天')).toBe(false);
    expect(occursIn(numberTokens('310天')[0], '达到310天')).toBe(true);
  });
});
