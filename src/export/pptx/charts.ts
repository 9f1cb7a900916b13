/** Chart slides in PowerPoint: the chart type's native form (src/charts/types/<type>/pptx.ts, loaded on demand), placed beside its captions. */
import type PptxGenJS from 'pptxgenjs';
import { nativeChart } from '../../charts/types/index.ts';
import type { Slide } from '../../model/types.ts';
import { tokens } from '../../theme/tokens.ts';
import type { NativeChart, NativeChartType } from './native.ts';
import { C, FONT, INNER_W, PAD_X, PAD_Y, pt, px, SLIDE_H } from './style.ts';
import { addFigure, addTitle, text, type PptxSlide } from './text.ts';

export { nativeChart };

/** True when a slide cannot be rebuilt natively and is exported as a picture. */
export async function needsPicture(slide: Slide): Promise<boolean> {
  return slide.kind === 'chart' && (await nativeChart(slide.chart)) === undefined;
}

/** The slides that go in as pictures, in deck order (a browser must shoot them first). */
export async function slidesNeedingPictures(slides: readonly Slide[]): Promise<Slide[]> {
  const need = await Promise.all(slides.map(needsPicture));
  return slides.filter((_, i) => need[i]);
}

const CHART_TYPE: Record<NativeChartType, PptxGenJS.CHART_NAME> = { bar: 'bar', line: 'line', doughnut: 'doughnut' };

export function addChart(s: PptxSlide, slide: Slide & { kind: 'chart' }, chart: NativeChart): void {
  const top = addTitle(s, slide.title);
  const footH = px(tokens.size.caption * 1.6);
  const bottom = SLIDE_H - PAD_Y - footH - px(16);
  const asideW = slide.aside?.length ? px(420) : 0;
  const captionW = px(520);
  const gap = px(tokens.space.gap);
  const chartW = INNER_W - asideW - captionW - gap * (asideW ? 2 : 1);
  const h = bottom - top;
  s.addChart(
    CHART_TYPE[chart.type],
    // Horizontal bars are drawn bottom-up: reverse so the first item reads first, at the top.
    chart.series.map((d) => (chart.options.barDir === 'bar' ? { name: d.name, labels: [...d.labels].reverse(), values: [...d.values].reverse() } : { name: d.name, labels: [...d.labels], values: [...d.values] })),
    { x: PAD_X, y: top, w: chartW, h, altText: slide.title, ...chart.options },
  );
  if (chart.centre) {
    const cx = PAD_X + chartW / 2;
    const box = Math.min(chartW, h) * 0.55;
    s.addText(
      [
        { text: chart.centre.value, options: { fontFace: FONT.serif, fontSize: pt(96), bold: true, color: C.red, breakLine: Boolean(chart.centre.note) } },
        ...(chart.centre.note ? [{ text: chart.centre.note, options: { fontSize: pt(tokens.size.caption), color: C.inkSoft } }] : []),
      ],
      text({ x: cx - box / 2, y: top + h / 2 - box / 2, w: box, h: box, align: 'center', valign: 'middle', fit: 'shrink' }),
    );
  }
  const capX = PAD_X + chartW + gap;
  s.addText(
    [
      ...(chart.heading ? [{ text: chart.heading, options: { bold: true, color: C.ink, breakLine: true, paraSpaceAfter: pt(20) } }] : []),
      ...chart.captions.map((c, i) => ({ text: c, options: { breakLine: i < chart.captions.length - 1, paraSpaceAfter: pt(16) } })),
    ],
    text({ x: capX, y: top, w: captionW, h, valign: 'middle', fontSize: pt(tokens.size.small), color: C.inkSoft, lineSpacingMultiple: 1.25, fit: 'shrink' }),
  );
  if (slide.aside?.length) {
    const x = capX + captionW + gap;
    const each = h / slide.aside.length;
    slide.aside.forEach((f, i) => addFigure(s, f, x, top + i * each + each * 0.15, asideW, 120));
  }
}
