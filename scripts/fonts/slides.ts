/**
 * Which characters each slide draws in each face, in deck order: what the
 * font slices are cut by (slices.ts) and what the page loads before a slide is
 * shown (the plan in index.html, read by src/theme/fonts.ts).
 *
 * A build-time reading of the slide model, not of the rendered page: fields
 * are mapped to the face deck.css sets them in. A wrong guess costs bytes,
 * never a glyph: the page also loads the faces of the text it finds in the
 * slide (computed style), and tests/e2e/fonts.test.ts fails when a slide needs
 * a slice that the plan does not name for it.
 */
import { charsOf, sourceUiText } from './charset.ts';
import { chartTable, describeChart } from '../../src/charts/types/index.ts';
import { partsOf } from '../../src/features/parts.ts';
import { withDistrictNameIn } from '../../src/model/district.ts';
import { partNumeral, sourceLabel } from '../../src/model/shown.ts';
import type { Speech } from '../../src/model/speech.ts';
import { deckSlides, type Deck, type Slide } from '../../src/model/types.ts';
import { projectRoot } from '../lib/build.ts';
import type { DeckFace } from './faces.ts';

export type FaceRole = DeckFace['role'];
export const FACE_ROLES: readonly FaceRole[] = ['body', 'bold', 'title'];

export interface SlideGlyphs {
  readonly id: string;
  /** Characters the slide draws in each face. */
  readonly chars: Readonly<Record<FaceRole, ReadonlySet<string>>>;
}

/** Model fields that are never drawn. */
const HIDDEN_KEYS = new Set(['id', 'source', 'kind', 'layout', 'part', 'fragment', 'fragments', 'chart']);
/** Drawn in the title serif (h1–h3, figure values, quote and closing lines). */
const TITLE_KEYS = new Set(['title', 'headline', 'lines', 'heading', 'value', 'unit']);
/** Drawn in bold sans (emphasised words, card and figure labels). */
const BOLD_KEYS = new Set(['emphasis', 'label']);
/** reveal's slide number (当前/总数) on every slide. */
export const SLIDE_NUMBER_CHARS = '0123456789/';
/** What a chart's numbers can be drawn with (values, axis ticks, percentages). */
const CHART_NUMBER_CHARS = '0123456789.,%+-−~～';
/** Slides whose chrome shows no part label (part-label.ts). */
const NO_PART_LABEL = new Set<Slide['kind']>(['cover', 'section', 'closing']);

function collect(node: unknown, pick: (key: string) => 'body' | 'bold' | 'title' | null, out: Record<FaceRole, string[]>, role: FaceRole | null = null): void {
  if (typeof node === 'string') {
    if (role) out[role].push(node);
  } else if (Array.isArray(node)) {
    for (const v of node) collect(v, pick, out, role);
  } else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (HIDDEN_KEYS.has(k)) continue;
      collect(v, pick, out, pick(k) ?? role);
    }
  }
}

/** Strings an ECharts option draws: labels and formatter templates, not enum values, colours or font names. */
export function drawnStrings(option: unknown, out: string[] = []): string[] {
  if (typeof option === 'string') {
    // Pure-ASCII words (`category`, `#B3151B`, `Deck Sans SC`) are settings; placeholders ({b}, {n|…}) are not drawn.
    if (/[^\x20-\x7e]/.test(option) || !/[A-Za-z]/.test(option)) out.push(option.replace(/\{[\w@]*\|?|\}/g, ''));
  } else if (Array.isArray(option)) {
    for (const v of option) drawnStrings(v, out);
  } else if (option && typeof option === 'object') {
    for (const v of Object.values(option)) drawnStrings(v, out);
  }
  return out;
}

let chartCodeText: string | undefined;
/** String literals of the chart code: what label formatters can draw (year words, 倍, units). */
function chartCode(): string {
  return (chartCodeText ??= sourceUiText(projectRoot, ['src/charts'], /[\\/]pptx\.ts$/));
}

/** Text drawn by a chart slide's canvas and its data table, in any face (the builders pick faces per label). */
function chartText(slide: Extract<Slide, { kind: 'chart' }>, speech: Speech): string {
  const spec = slide.chart;
  // The table panel and its buttons (render/kinds/chart.ts) are drawn with the slide too.
  // Numbers are data, not strings: formatters draw their digits in whichever face the label has.
  const parts = [describeChart(spec), JSON.stringify(chartTable(spec)), chartCode(), CHART_NUMBER_CHARS, '数据表关闭出处：', sourceLabel(slide.source, speech)];
  // A chart draws its spec's words (whole, or wrapped into lines) and the chart code's literals.
  parts.push(...drawnStrings(spec));
  return parts.join('');
}

/** Per slide, in deck order, the characters each face draws (district name applied, as shown). */
export function slideGlyphs(deck: Deck, speech: Speech): SlideGlyphs[] {
  const settings = deck.settings;
  const name = settings.districtName;
  const parts = partsOf(deck, speech);
  const slides = deckSlides(deck);
  return slides.map((raw, index) => {
    const slide = withDistrictNameIn(raw, name);
    const text: Record<FaceRole, string[]> = { body: [], bold: [], title: [] };
    collect(slide, (k) => (TITLE_KEYS.has(k) ? 'title' : BOLD_KEYS.has(k) ? 'bold' : null), text, 'body');
    text.body.push(SLIDE_NUMBER_CHARS);
    text.bold.push(SLIDE_NUMBER_CHARS);
    const meta = withDistrictNameIn([settings.meetingTitle, settings.date, settings.speaker, ' · '], name).join('');
    if (slide.kind === 'cover') text.body.push(meta);
    if (slide.kind === 'closing') text.body.push(meta, settings.shareUrl);
    if (slide.kind === 'section') {
      text.title.push(`${partNumeral(slide.part)}、`, withDistrictNameIn(speech.partTitles[slide.part], name));
    }
    // Flow cards are joined by arrows drawn in the serif (render/kinds/basic.ts).
    if (slide.kind === 'cards' && slide.layout === 'flow') text.title.push('›');
    if (slide.kind === 'chart') {
      const t = withDistrictNameIn(chartText(raw as Extract<Slide, { kind: 'chart' }>, speech), name);
      text.body.push(t);
      text.bold.push(t);
      text.title.push(t);
    }
    const part = parts.find((p) => index >= p.first && index < p.first + p.slides);
    if (part?.numeral && !NO_PART_LABEL.has(slide.kind)) {
      text.title.push(`${part.numeral}、`);
      text.body.push(withDistrictNameIn(part.short, name));
    }
    return {
      id: slide.id,
      chars: { body: charsOf(text.body.join('')), bold: charsOf(text.bold.join('')), title: charsOf(text.title.join('')) },
    };
  });
}
