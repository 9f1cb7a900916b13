/** The export's pure parts: arguments, atomic output, the PPTX chart mapping and the handout plan. */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_OUT, parseExportArgs } from '../../scripts/export/args.ts';
import { atomicTarget } from '../../scripts/export/atomic.ts';
import { handoutPlan } from '../../scripts/export/formats/handout.ts';
import { pngName } from '../../scripts/export/formats/png.ts';
import { ExportError } from '../../scripts/export/messages.ts';
import { printQuery } from '../../scripts/export/print-view.ts';
import { requireBrowser } from '../../scripts/export/session.ts';
import type { ChartSpec } from '../../src/charts/types/specs.ts';
import JSZip from 'jszip';
import { outlineFor, pdfMeta, titleOf } from '../../scripts/export/deck-info.ts';
import { FONT, buildPresentation, fixParagraphProps, nativeChart, slidesNeedingPictures, labelSeries, officeFont, splitNoteParagraphs, tint, writePresentation } from '../../src/export/pptx/index.ts';
import { withDistrictName } from '../../src/model/district.ts';
import { shownModel, slideTitle } from '../../src/model/shown.ts';
import { tokens } from '../../src/theme/tokens.ts';
import { screenProblems } from '../slides/screen-words.ts';
import { deck, shown, slides, speech } from './helpers.ts';

const hexOf = (c: string): string => c.replace('#', '').toUpperCase();

const bilingual = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ExportError);
    const m = (e as Error).message;
    expect(m).toMatch(/[\u4e00-\u9fff]/);
    expect(m).toMatch(/[A-Za-z]{4,}/);
    return m;
  }
  throw new Error('expected an error');
};

describe('arguments', () => {
  it('takes a format, an output path and options', () => {
    expect(parseExportArgs(['pdf'])).toMatchObject({ help: false, format: 'pdf', out: DEFAULT_OUT.pdf, splitFragments: false });
    expect(parseExportArgs(['png', '--out', 'x'])).toMatchObject({ format: 'png', out: 'x' });
    expect(parseExportArgs(['pdf', '--split-fragments', '--dir', 'd'])).toMatchObject({ splitFragments: true, dir: 'd' });
    expect(parseExportArgs(['--help'])).toEqual({ help: true });
  });

  it('explains bad input in Chinese and English', () => {
    expect(bilingual(() => parseExportArgs([]))).toContain('pdf|handout|png|pptx');
    expect(bilingual(() => parseExportArgs(['docx']))).toContain('docx');
    expect(bilingual(() => parseExportArgs(['pdf', '--out']))).toContain('--out');
    expect(bilingual(() => parseExportArgs(['pdf', '--nope']))).toContain('--nope');
    expect(bilingual(() => parseExportArgs(['pdf', 'extra']))).toContain('extra');
  });

  it('asks reveal for exact 1920×1080 pages, fragments collapsed unless split', () => {
    expect(printQuery()).toContain('margin=0');
    expect(printQuery()).toContain('pdfSeparateFragments=false');
    expect(printQuery({ splitFragments: true })).toContain('pdfSeparateFragments=true');
  });

  it('refuses a browser path that does not exist', () => {
    expect(bilingual(() => requireBrowser({ CHROME_PATH: '/nonexistent/chrome' }))).toContain('/nonexistent/chrome');
  });

  it('numbers PNG files in slide order', () => {
    expect(pngName(0, 71, 'cover')).toBe('01-cover.png');
    expect(pngName(70, 71, 'closing')).toBe('71-closing.png');
    expect(pngName(4, 120, 'x')).toBe('005-x.png');
  });
});

describe('atomic output', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes under a temp name and renames on commit', () => {
    dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    const t = atomicTarget(join(dir, 'a', 'b', 'out.pdf'), 'file');
    writeFileSync(t.temp, 'data');
    expect(existsSync(t.path)).toBe(false);
    t.commit();
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['out.pdf']);
  });

  it('removes the temp and the folders it created on abort', () => {
    dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    const t = atomicTarget(join(dir, 'a', 'b', 'out.pdf'), 'file');
    writeFileSync(t.temp, 'half');
    t.abort();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('replaces an existing folder of PNGs only on commit', () => {
    dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    const t1 = atomicTarget(join(dir, 'png'), 'dir');
    writeFileSync(join(t1.temp, 'old.png'), 'x');
    t1.commit();
    const t2 = atomicTarget(join(dir, 'png'), 'dir');
    writeFileSync(join(t2.temp, 'new.png'), 'y');
    expect(readdirSync(join(dir, 'png'))).toEqual(['old.png']);
    t2.commit();
    expect(readdirSync(join(dir, 'png'))).toEqual(['new.png']);
    expect(readdirSync(dir)).toEqual(['png']);
  });

  it('rejects a path under a file, and a folder as a file', () => {
    dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    writeFileSync(join(dir, 'f'), 'x');
    expect(bilingual(() => atomicTarget(join(dir, 'f', 'x', 'out.pdf'), 'file'))).toContain('out.pdf');
    expect(bilingual(() => atomicTarget(dir, 'file'))).toContain(dir);
    expect(readdirSync(dir)).toEqual(['f']);
  });
});

describe('PPTX mapping', () => {
  it('uses installable faces of the deck\'s font stacks', () => {
    expect(officeFont('"Deck Serif SC", "Noto Serif SC", serif')).toBe('Noto Serif SC');
    expect(tokens.font.serif).toContain(FONT.serif);
    expect(tokens.font.sans).toContain(FONT.sans);
  });

  const samples: ChartSpec[] = [
    { type: 'dayShare', label: '良好天数', value: 310, unit: '天', total: 365, totalBasis: '按全年365天推算' },
    { type: 'forecast', unit: '亿元', items: [{ name: '甲', kind: 'range', low: 400, high: 500 }, { name: '乙', kind: 'lowerBound', low: 300 }], target: { name: '目标', value: 1000 } },
    { type: 'doubling', years: 3, factor: 2 },
    { type: 'roadmap', milestones: [{ year: 1, label: '初见成效' }, { year: 3, label: '大见成效' }], span: { from: 3, to: 5, label: '黄金机遇期' } },
    { type: 'honours', levels: ['全国', '全省', '全市'], items: [{ level: '全国', name: 'A' }, { level: '全省', name: 'B' }, { level: '全省', name: 'C' }] },
    { type: 'planCounts', unit: '项', items: [{ name: '十大工程', count: 10, named: ['甲'] }] },
  ];

  it('maps every chart type to a native chart whose series hold the figures', async () => {
    const [day, fc, dbl, road, hon, plan] = (await Promise.all(samples.map(nativeChart))).map((c) => c!);
    expect(day.type).toBe('doughnut');
    expect(day.series[0].values).toEqual([310, 55]);
    // A range floats on an invisible base; a lower bound is a bar labelled 以上.
    expect(fc.type).toBe('bar');
    expect(fc.options.barGrouping).toBe('stacked');
    expect(fc.series[0].values.slice(0, 2)).toEqual([400, 0]);
    expect(fc.series[1].values.slice(0, 2)).toEqual([100, 0]);
    expect(fc.series[2].values.slice(0, 2)).toEqual([0, 300]);
    expect(fc.series[0].labels.join()).toContain('300亿元以上');
    // The open end of 以上 is a pale segment after the bound, named as a drawing convention, not data.
    expect(fc.series[3].name).toMatch(/^以上.*示意/);
    expect(fc.series[3].values[0]).toBe(0);
    expect(fc.series[3].values[1]).toBeGreaterThan(0);
    expect(fc.series[4].values).toEqual([0, 0, 1000]);
    expect(fc.series[0].labels[2]).toBe('目标');
    const fcColors = fc.options.chartColors!;
    expect(fcColors).toHaveLength(fc.series.length);
    expect(fcColors[3]).toBe(tint(tokens.color.gold));
    expect(fcColors[3]).not.toBe(fcColors[2]);
    expect(fc.captions.join()).toContain('以上');
    expect(fc.series[0].labels.join()).toContain('400—500亿元');
    // Doubling as 1 → 2, in the speech's words: no index path, no rate.
    expect(dbl.type).toBe('bar');
    expect(dbl.series[0].values).toEqual([1, 2]);
    expect(dbl.captions.join()).toContain('翻一番');
    expect(dbl.captions.join()).not.toMatch(/推算|%|指数/);
    // The day share: 310 of the year, no percentage.
    expect(day.centre).toEqual({ value: '310天', note: '良好天数' });
    expect(day.captions.join()).not.toMatch(/推算|%/);
    expect(fc.captions).toContain('据初步估算');
    expect(fc.captions.join()).not.toMatch(/推算|合计|差距|700|浅色段/);
    // Milestones are bars from now to their year.
    expect(road.series[0].values).toEqual([1, 3, 0]);
    expect(hon.series[0].values).toEqual([1, 2]);
    expect(plan.series[0].values).toEqual([10]);
  });

  it('draws 今后3至5年 as a period from now whose end falls between year 3 and 5, as the deck does', async () => {
    const road = (await nativeChart(samples[3]))!;
    const row = road.series[0].labels.length - 1;
    expect(road.series[0].labels[row]).toContain('今后3至5年');
    expect(road.series[0].labels[row]).toContain('黄金机遇期');
    // No invisible base: the span starts at zero, a firm segment to year 3, then a pale one to year 5.
    expect(road.series.map((s) => s.values[row])).toEqual([0, 3, 2]);
    expect(road.series.reduce((sum, s) => sum + s.values[row], 0)).toBe(5);
    expect(road.series[1].values.slice(0, row).every((v) => v === 0)).toBe(true);
    expect(road.series[2].name).toContain('3至5年之间');
    const colors = road.options.chartColors!;
    expect(colors).toHaveLength(road.series.length);
    expect(colors).not.toContain(hexOf(tokens.color.paper));
    expect(colors[2]).toBe(tint(tokens.color.gold));
    // On the slide only the speech's words: its phrases, no legend, no scale of years, no reading of the segments.
    expect(road.options.showLegend).toBe(false);
    expect(road.options.valAxisHidden).toBe(true);
    expect(road.series[0].labels).toEqual(['一年初见成效', '三年大见成效', '今后3至5年 黄金机遇期']);
    expect(road.captions).toEqual(['一年初见成效、三年大见成效', '今后3至5年 黄金机遇期']);
    const shown = [...road.captions, ...road.series[0].labels, ...road.series.flatMap((s) => (s.label ? [s.label] : []))].join();
    for (const ours of ['从现在起', '浅色段', '止于', '距今', '之间', '持续']) expect(shown).not.toContain(ours);
  });

  it('labels the open end 以上 on its bar and nothing else, other series keep their numbers', async () => {
    expect((await nativeChart(samples[1]))!.series.filter((x) => x.label).map((x) => x.label)).toEqual(['以上']);
    expect((await nativeChart(samples[3]))!.series.filter((x) => x.label)).toEqual([]);
    const ser = (name: string) =>
      `<c:ser><c:tx><c:strRef><c:strCache><c:pt idx="0"><c:v>${name}</c:v></c:pt></c:strCache></c:strRef></c:tx><c:dLbls><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:txPr/><c:showLegendKey val="0"/><c:showVal val="0"/></c:dLbls><c:val><c:v>160</c:v></c:val></c:ser>`;
    const out = labelSeries(ser('甲') + ser('乙'), new Map([['乙', '以上']]));
    expect(out.startsWith(ser('甲'))).toBe(true);
    expect(out).toContain('<c:numFmt formatCode="&quot;以上&quot;;;;" sourceLinked="0"/><c:txPr/><c:dLblPos val="ctr"/><c:showLegendKey val="0"/><c:showVal val="1"/>');
    // The cached value is untouched.
    expect(out.match(/<c:v>160<\/c:v>/g)).toHaveLength(2);

    // In a written file: the forecast chart keeps 300 in its data and prints 以上 on the open segment only.
    const { default: PptxGenJS } = await import('pptxgenjs');
    const zip = await JSZip.loadAsync(await writePresentation(await buildPresentation(PptxGenJS, shown)));
    const charts = await Promise.all(zip.file(/^ppt\/charts\/chart\d+\.xml$/).map((f) => f.async('string')));
    const forecast = charts.find((x) => x.includes('以上：'))!;
    expect(forecast).toMatch(/<c:v>300<\/c:v>/);
    expect(forecast.match(/formatCode="&quot;以上&quot;;;;"/g)).toHaveLength(1);
    expect(forecast.match(/<c:showVal val="1"\/>/g)).toHaveLength(1);
    const roadmap = charts.find((x) => x.includes('黄金机遇期：'))!;
    // The roadmap prints no label of ours on its segments.
    expect(roadmap).not.toContain('止于');
    expect(roadmap).not.toMatch(/<c:showVal val="1"\/>/);
  });

  it('tints toward the paper', () => {
    expect(tint('#000000', 0)).toBe(hexOf(tokens.color.paper));
    expect(tint(tokens.color.gold, 1)).toBe(hexOf(tokens.color.gold));
  });

  it('keeps one paragraph-properties block per paragraph, before its runs', () => {
    const xml = '<a:p><a:pPr marL="1"><a:buChar char="x"/></a:pPr><a:r><a:t>甲</a:t></a:r><a:pPr indent="0"><a:buNone/></a:pPr><a:r><a:t>乙</a:t></a:r></a:p><a:p><a:r><a:t>丙</a:t></a:r></a:p>';
    expect(fixParagraphProps(xml)).toBe('<a:p><a:pPr marL="1"><a:buChar char="x"/></a:pPr><a:r><a:t>甲</a:t></a:r><a:r><a:t>乙</a:t></a:r></a:p><a:p><a:r><a:t>丙</a:t></a:r></a:p>');
  });

  it('gives each speech paragraph in the notes its own paragraph', () => {
    const xml = '<a:p><a:r><a:rPr lang="zh-CN"/><a:t>同志们：\r\n\r\n这次会议</a:t></a:r><a:endParaRPr/></a:p>';
    expect(splitNoteParagraphs(xml)).toBe('<a:p><a:r><a:rPr lang="zh-CN"/><a:t>同志们：</a:t></a:r></a:p><a:p><a:r><a:rPr lang="zh-CN"/><a:t>这次会议</a:t></a:r><a:endParaRPr/></a:p>');
  });

  it('has a native form for every chart in the deck, so no slide is a picture', async () => {
    expect((await slidesNeedingPictures(slides)).map((s) => s.id)).toEqual([]);
  });
});

describe('handout plan', () => {
  it('prints every paragraph of the speech exactly once, slides in deck order', () => {
    const plan = handoutPlan(shown);
    const printed = plan.flatMap((b) => b.paragraphs.map((p) => p.id));
    expect(printed.sort()).toEqual(speech.paragraphs.map((p) => p.id).sort());
    expect(plan.filter((b) => b.kind === 'slide').map((b) => (b.kind === 'slide' ? b.slide.id : ''))).toEqual(slides.map((s) => s.id));
  });
});

describe('district name in exports', () => {
  // A stand-in name for the test only; the deck ships with the source's "**".
  const NAME = '测试';
  const named = shownModel({ ...deck, settings: { ...deck.settings, districtName: NAME } }, speech);

  async function pptxTexts(input: typeof named): Promise<{ slides: string[]; charts: string; notes: string[]; core: string }> {
    const { default: PptxGenJS } = await import('pptxgenjs');
    const zip = await JSZip.loadAsync(await writePresentation(await buildPresentation(PptxGenJS, input)));
    const read = (re: RegExp): Promise<string[]> => Promise.all(zip.file(re).map((f) => f.async('string')));
    const texts = (xml: string): string => Array.from(xml.matchAll(/<(?:a:t|c:v)>([^<]*)<\//g)).map((m) => m[1]).join('|');
    return {
      slides: (await read(/^ppt\/slides\/slide\d+\.xml$/)).map(texts),
      charts: (await read(/^ppt\/charts\/chart\d+\.xml$/)).map(texts).join('|'),
      notes: (await read(/^ppt\/notesSlides\/notesSlide\d+\.xml$/)).map(texts),
      core: (await read(/^docProps\/core\.xml$/)).join(''),
    };
  }

  it('leaves "**" on slides and in charts while the name is unset', async () => {
    const t = await pptxTexts(shown);
    expect(t.slides.join('|')).toContain('**');
    expect(t.charts).toContain('**');
  });

  it('shows the name on slides, in chart labels and the file title once set; the notes stay verbatim', async () => {
    const t = await pptxTexts(named);
    expect(t.slides.filter((x) => x.includes('**'))).toEqual([]);
    expect(t.slides.join('|')).toContain(`${NAME}区`);
    expect(t.charts).not.toContain('**');
    expect(t.charts).toContain(`再造一个新${NAME}`);
    expect(t.core).toContain(withDistrictName(deck.settings.description, NAME));
    // Speaker notes are the speech, verbatim.
    expect(t.notes.join('|')).toContain('**');
    expect(t.notes.join('|')).not.toContain(`${NAME}区`);
  });

  it('names PDF metadata, bookmarks and handout headings the same way', () => {
    const meta = pdfMeta(named);
    expect(meta.subject).toBe(withDistrictName(deck.settings.description, NAME));
    expect(meta.title).not.toContain('**');
    const titles = titleOf(named);
    const withMask = slides.filter((s) => slideTitle(s, speech).includes('**'));
    expect(withMask.length).toBeGreaterThan(0);
    for (const s of withMask) expect(titles(s.id)).toBe(withDistrictName(slideTitle(s, speech), NAME));
    expect(titleOf(shown)(withMask[0].id)).toContain('**');
    const outline = JSON.stringify(outlineFor(named, () => 1));
    expect(outline).not.toContain('**');
  });
});

describe('the PPTX shows only the speaker’s words', () => {
  // Derived figures the deck once drew: the share of the year, the rate and index path, the 50% of 半壁江山, the sum and the gap.
  const DERIVED_TEXT = /84\.9|26\s*%|≈|至少700|700亿|差距|合计|126|159|50\s*%/u;
  const DERIVED_VALUES = new Set(['84.9', '84.7', '700', '126', '158.7', '159', '50', '26']);

  async function presentationParts(): Promise<{ slideText: Map<string, string>; charts: Map<string, string> }> {
    const { default: PptxGenJS } = await import('pptxgenjs');
    const zip = await JSZip.loadAsync(await writePresentation(await buildPresentation(PptxGenJS, shown)));
    const textOf = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((m) => m[1]).join('\n');
    const slideText = new Map<string, string>();
    for (const f of zip.file(/^ppt\/slides\/slide\d+\.xml$/)) slideText.set(f.name, textOf(await f.async('string'), 'a:t'));
    const charts = new Map<string, string>();
    for (const f of zip.file(/^ppt\/charts\/chart\d+\.xml$/)) charts.set(f.name, await f.async('string'));
    return { slideText, charts };
  }

  it('has no commentary, contested year or derived figure in any slide text box or native chart', async () => {
    const { slideText, charts } = await presentationParts();
    expect(slideText.size).toBe(slides.length);
    expect(charts.size).toBeGreaterThanOrEqual(5);
    const problems: string[] = [];
    for (const [name, text] of slideText) {
      for (const line of text.split('\n')) {
        for (const w of screenProblems(line)) problems.push(`${name}: ${w} in "${line}"`);
        if (DERIVED_TEXT.test(line)) problems.push(`${name}: derived figure in "${line}"`);
      }
    }
    for (const [name, xml] of charts) {
      const strings = [...xml.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]);
      for (const v of strings) {
        for (const w of screenProblems(v)) problems.push(`${name}: ${w} in "${v}"`);
        if (DERIVED_TEXT.test(v) && !/^\d+$/.test(v)) problems.push(`${name}: derived figure in "${v}"`);
        if (DERIVED_VALUES.has(v)) problems.push(`${name}: derived value ${v} in the chart data`);
      }
    }
    expect(problems).toEqual([]);
    // The speech's own figures are there.
    const all = [...slideText.values()].join('\n');
    for (const figure of ['310天', '400—500亿元', '300亿元以上', '千亿产业园区', '翻一番', '据初步估算']) expect(all, figure).toContain(figure);
  });

  it('would catch the old derived captions', () => {
    for (const old of ['约占84.9%（推算）', '隐含年均增长约26%', '两项合计：至少700亿元', '与千亿产业园区目标差距不超过300亿元']) {
      expect(DERIVED_TEXT.test(old) || screenProblems(old).length > 0, old).toBe(true);
    }
  });
});
