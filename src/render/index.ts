/**
 * Renders the typed deck into reveal.js markup: one <section> per slide,
 * with the speech paragraphs it presents as its speaker notes.
 */
import { notesFor } from '../model/notes.ts';
import type { ShownModel } from '../model/shown.ts';
import type { Slide } from '../model/types.ts';
import type { RenderContext } from './context.ts';
import { tokens } from '../theme/tokens.ts';
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
      return renderChart(slide, ctx.speech);
    case 'closing':
      return renderClosing(slide, ctx);
    default: {
      const never: never = slide;
      throw new Error(`未知的幻灯片类型 / unknown slide kind: ${JSON.stringify(never)}`);
    }
  }
}

/** Dark slides get reveal's contrast class so its controls stay visible. */
const DARK: ReadonlySet<Slide['kind']> = new Set(['cover', 'section', 'closing']);

export function renderSlide(slide: Slide, part: string, ctx: RenderContext): HTMLElement {
  const notes = notesFor(slide, ctx.speech);
  const dark = DARK.has(slide.kind);
  const inner = h('div', { class: 'slide-inner' }, body(slide, ctx));
  return h(
    'section',
    {
      id: slide.id,
      class: `slide slide-${slide.kind}`,
      'data-part': part,
      'data-kind': slide.kind,
      'data-source': slide.source.join(' '),
      // A colour reveal can read as it is: a var() would cost a style lookup per slide at startup (its contrast class).
      'data-background-color': dark ? tokens.color.red : tokens.color.paper,
      'data-state': dark ? 'is-dark' : undefined,
    },
    inner,
    h('aside', { class: 'notes' }, notes.map((p) => h('p', { 'data-paragraph': p.id }, p.text))),
  );
}

/** The slides of the shown model (district name already in; the notes verbatim). */
export function renderDeck({ deck, speech }: ShownModel): HTMLElement[] {
  const ctx: RenderContext = { speech, settings: deck.settings };
  return deck.sections.flatMap((section) => section.slides.map((s) => renderSlide(s, section.part, ctx)));
}
