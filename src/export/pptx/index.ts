/**
 * Deck model → editable PowerPoint, shared by the CLI (`npm run export -- pptx`)
 * and the in-deck export menu. Pure: it takes the pptxgenjs constructor as an
 * argument, so the browser can load pptxgenjs lazily and Node can import it.
 *
 * Every slide is built from the same typed records the browser renders:
 * titles, points, cards, figures and quotes become real text boxes in the
 * deck's fonts and colours; charts become native PowerPoint charts with
 * their data embedded; the speech paragraphs become the speaker notes.
 */
import type PptxGenJS from 'pptxgenjs';
import { notesText } from '../../model/notes.ts';
import type { ShownModel } from '../../model/shown.ts';
import type { Slide } from '../../model/types.ts';
import { needsPicture, nativeChart } from './charts.ts';
import { labelsOf } from './ooxml.ts';
import { addNative } from './slides.ts';
import { C, FONT, SLIDE_H, SLIDE_W } from './style.ts';

type Pptx = PptxGenJS;
export type PptxConstructor = new () => PptxGenJS;

/** The deck as shown (model/shown.ts): the district name is in; the notes come verbatim from the speech paragraphs. */
export type PptxInput = ShownModel;

export interface PptxOptions {
  /** A 1920×1080 picture of a slide (data URL) for slides with no native form. */
  picture?(slide: Slide, index: number): string | undefined;
  /** Progress: called once per slide, with how it was exported. */
  onSlide?(index: number, total: number, slide: Slide, mode: 'native' | 'picture'): void;
}

export class MissingPictureError extends Error {}

/** Builds the presentation (after loading the chart types' PowerPoint forms); call `.write()` or `.writeFile()` on the result. */
export async function buildPresentation(Ctor: PptxConstructor, input: PptxInput, options: PptxOptions = {}): Promise<Pptx> {
  const { deck, speech, slides } = input;
  const pres = new Ctor();
  pres.layout = 'LAYOUT_WIDE';
  pres.title = deck.settings.meetingTitle;
  pres.subject = deck.settings.description;
  if (deck.settings.speaker) pres.author = deck.settings.speaker;
  pres.company = '';
  pres.theme = { headFontFace: FONT.serif, bodyFontFace: FONT.sans };
  for (const [i, slide] of slides.entries()) {
    const s = pres.addSlide();
    s.background = { color: C.paper };
    let mode: 'native' | 'picture' = 'native';
    const chart = slide.kind === 'chart' ? await nativeChart(slide.chart) : undefined;
    for (const x of chart?.series ?? []) if (x.label) labelsOf(pres).set(x.name, x.label);
    if (await needsPicture(slide)) {
      const data = options.picture?.(slide, i);
      if (!data) throw new MissingPictureError(`第 ${i + 1} 页（${slide.id}）需要图片 / slide ${slide.id} needs a picture`);
      s.addImage({ data, x: 0, y: 0, w: SLIDE_W, h: SLIDE_H, altText: 'title' in slide ? slide.title : slide.id });
      mode = 'picture';
    } else {
      addNative(s, slide, deck, speech, chart);
    }
    s.addNotes(notesText(slide, speech));
    options.onSlide?.(i, slides.length, slide, mode);
  }
  return pres;
}

export { addChart, needsPicture, nativeChart, slidesNeedingPictures } from './charts.ts';
export type { NativeChart, NativeChartType, NativeSeries } from './native.ts';
export { fixParagraphProps, labelSeries, splitNoteParagraphs, writePresentation } from './ooxml.ts';
export { FONT, officeFont, SLIDE_H, SLIDE_W, tint } from './style.ts';
