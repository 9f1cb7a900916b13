/**
 * Renders the typed deck into reveal.js markup: one <section> per slide,
 * with the speech paragraphs it presents as its speaker notes.
 */
import { notesFor } from '../model/notes.ts';
import type { ChartSpec } from '../charts/types/specs.ts';
import type { ChartSlide, Deck, DeckSettings, Slide } from '../model/types.ts';
import type { RenderContext } from './context.ts';
import { applyDistrictName, withDistrictNameIn } from './district.ts';
import { h } from './h.ts';
import { renderCards, renderClosing, renderCover, renderFigures, renderPoints, renderQuote, renderSection } from './kinds/basic.ts';
import { renderChart } from './kinds/chart.ts';

function body(slide: Slide, ctx: RenderContext): HTMLElement[] {
  switch (slide.kind) {
    case 'cover':
      return renderCover(slide, ctx);
    case 'section':
      return renderSection(slide, ctx);
    case 'points':
      return renderPoints(slide);
    case 'cards':
      return renderCards(slide);
    case 'figures':
      return renderFigures(slide);
    case 'quote':
      return renderQuote(slide);
    case 'chart':
      return renderChart({ ...slide, chart: shownChartSpec(slide, ctx.settings) }, ctx.speech);
    case 'closing':
      return renderClosing(slide, ctx);
    default: {
      const never: never = slide;
      throw new Error(`未知的幻灯片类型 / unknown slide kind: ${JSON.stringify(never)}`);
    }
  }
}

/**
 * The chart data as the audience sees it: "**" replaced by the district name
 * like the slide text. The one rule for the canvas (main.ts hands these specs
 * to the chart lifecycle), the text alternative and the data table.
 */
export function shownChartSpec(slide: ChartSlide, settings: DeckSettings): ChartSpec {
  return withDistrictNameIn(slide.chart, settings.districtName);
}

/** Dark slides get reveal's contrast class so its controls stay visible. */
const DARK: ReadonlySet<Slide['kind']> = new Set(['cover', 'section', 'closing']);

export function renderSlide(slide: Slide, part: string, ctx: RenderContext): HTMLElement {
  const notes = notesFor(slide, ctx.speech);
  const dark = DARK.has(slide.kind);
  const inner = h('div', { class: 'slide-inner' }, body(slide, ctx));
  applyDistrictName(inner, ctx.settings.districtName);
  return h(
    'section',
    {
      id: slide.id,
      class: `slide slide-${slide.kind}`,
      'data-part': part,
      'data-kind': slide.kind,
      'data-source': slide.source.join(' '),
      'data-background-color': dark ? 'var(--color-red)' : 'var(--color-paper)',
      'data-state': dark ? 'is-dark' : undefined,
    },
    inner,
    h('aside', { class: 'notes' }, notes.map((p) => h('p', { 'data-paragraph': p.id }, p.text))),
  );
}

export function renderDeck(deck: Deck, ctx: RenderContext): HTMLElement[] {
  return deck.sections.flatMap((section) => section.slides.map((s) => renderSlide(s, section.part, ctx)));
}
