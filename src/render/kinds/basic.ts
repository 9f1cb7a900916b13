import { partName, partNumeral } from '../../model/shown.ts';
import type { CardsSlide, ClosingSlide, CoverSlide, FiguresSlide, Figure, PointsSlide, QuoteSlide, SectionSlide } from '../../model/types.ts';
import { normalizePoint } from '../../model/types.ts';
import type { RenderContext } from '../context.ts';
import { emphasised, h } from '../h.ts';
import { cardsFit, pointsFit, quoteFit, styleOf } from '../fit.ts';
import { KEEP_MAX_EM, KEEP_MAX_EM_CARD, titlePhrases } from '../phrases.ts';

/** Text as phrases that lines break between (see phrases.ts). */
function phrased(text: string, maxEm: number): (HTMLElement | string)[] {
  return titlePhrases(text, maxEm).map((p) => (p.keep ? h('span', { class: 'phrase' }, p.text) : p.text));
}

export function slideTitle(title: string, lead?: string): HTMLElement {
  return h('header', { class: 'slide-head' }, h('h2', { class: 'slide-title' }, phrased(title, KEEP_MAX_EM)), lead ? h('p', { class: 'slide-lead' }, phrased(lead, KEEP_MAX_EM)) : null);
}

export function renderCover(s: CoverSlide, ctx: RenderContext): HTMLElement[] {
  const { settings } = ctx;
  const meta = [settings.date, settings.speaker].filter(Boolean).join(' · ');
  return [
    h(
      'div',
      { class: 'cover' },
      h('p', { class: 'cover-meeting' }, settings.meetingTitle),
      h('h1', { class: 'cover-headline' }, s.headline),
      h('div', { class: 'cover-rule', 'aria-hidden': 'true' }),
      meta ? h('p', { class: 'cover-meta' }, meta) : null,
    ),
  ];
}

/** Part titles read "认真总结，充分认识……": break after the comma, never mid-phrase. */
function titleLines(title: string): HTMLElement[] {
  const at = title.indexOf('，');
  const parts = at > 0 ? [title.slice(0, at + 1), title.slice(at + 1)] : [title];
  return parts.map((p) => h('span', { class: 'divider-title-line' }, p));
}

export function renderSection(s: SectionSlide, ctx: RenderContext): HTMLElement[] {
  const numeral = partNumeral(s.part);
  return [
    h(
      'div',
      { class: 'divider' },
      h('p', { class: 'divider-numeral', 'aria-hidden': 'true' }, numeral),
      h('h2', { class: 'divider-title' }, h('span', { class: 'sr-only' }, `${numeral}、`), titleLines(partName(s.part, ctx.speech))),
    ),
  ];
}

export function renderPoints(s: PointsSlide): HTMLElement[] {
  const points = s.points.map(normalizePoint);
  return [
    slideTitle(s.title, s.lead),
    h(
      'ul',
      { class: 'points', 'data-count': points.length, style: styleOf(pointsFit(points.map((p) => p.text))) },
      points.map((p) => h('li', { class: p.fragment ? 'fragment fade-up' : undefined }, ...emphasised(p.text, p.emphasis))),
    ),
  ];
}

export function renderCards(s: CardsSlide): HTMLElement[] {
  const layout = s.layout ?? 'columns';
  const lines = s.cards.reduce((n, c) => n + 1 + (c.body?.length ?? 0), 0);
  // Cards of a heading and at most one line read as statements (deck.css sets them like solo cards).
  const brief = layout !== 'rows' && s.cards.every((c) => (c.body?.length ?? 0) <= 1);
  const fragment = (i: number) => (s.fragments ? { 'data-fragment-index': i } : {});
  const cards = s.cards.map((c, i) =>
    h(
      'article',
      { class: ['card', c.body?.length ? '' : 'is-solo', s.fragments ? 'fragment fade-up' : ''].filter(Boolean).join(' '), ...fragment(i) },
      c.label ? h('p', { class: 'card-label' }, c.label) : null,
      // "园区攻坚 · 城市提质": keep the dot with the first half so a wrapped line never starts with it.
      h('h3', { class: 'card-heading' }, c.heading.replaceAll(' · ', '\u00a0· ')),
      c.body?.length ? h('ul', { class: 'card-body' }, c.body.map((b) => h('li', {}, phrased(b, KEEP_MAX_EM_CARD)))) : null,
    ),
  );
  // A flow joins its steps with arrows that are real boxes in the row (not overhanging
  // pseudo-elements), each shown together with the step it leads to.
  const items =
    layout === 'flow'
      ? cards.flatMap((card, i) =>
          i === 0 ? [card] : [h('span', { class: s.fragments ? 'flow-arrow fragment fade-in' : 'flow-arrow', 'aria-hidden': 'true', ...fragment(i) }, '›'), card],
        )
      : cards;
  return [slideTitle(s.title, s.lead), h('div', { class: `cards cards-${layout}`, 'data-count': s.cards.length, 'data-lines': lines, 'data-brief': brief ? 'true' : undefined, style: styleOf(cardsFit(s.cards, layout)) }, items)];
}

export function renderFigure(f: Figure): HTMLElement {
  return h(
    'div',
    { class: 'figure' },
    h('p', { class: 'figure-value' }, h('span', { class: 'figure-number' }, f.value), f.unit ? h('span', { class: 'figure-unit' }, f.unit) : null),
    h('p', { class: 'figure-label' }, f.label),
  );
}

export function renderFigures(s: FiguresSlide): HTMLElement[] {
  return [slideTitle(s.title, s.lead), h('div', { class: 'figures', 'data-count': s.figures.length }, s.figures.map(renderFigure))];
}

export function renderQuote(s: QuoteSlide): HTMLElement[] {
  return [
    h(
      'blockquote',
      { class: 'quote', style: styleOf(quoteFit(s.lines)) },
      h('div', { class: 'quote-lines' }, s.lines.map((l) => h('p', { class: 'quote-line' }, l))),
      s.caption ? h('footer', { class: 'quote-caption' }, s.caption) : null,
    ),
  ];
}

export function renderClosing(s: ClosingSlide, ctx: RenderContext): HTMLElement[] {
  const { settings } = ctx;
  // Date and speaker are not in the speech: left out, with their separator, until a presenter sets them.
  const meta = [settings.meetingTitle, settings.date, settings.speaker].filter(Boolean).join(' · ');
  return [
    h(
      'div',
      { class: 'closing' },
      h('div', { class: 'closing-words' }, s.lines.map((l) => h('p', { class: 'closing-line' }, l))),
      s.tail ? h('p', { class: 'closing-tail' }, s.tail) : null,
      h('div', { class: 'closing-rule', 'aria-hidden': 'true' }),
      meta ? h('p', { class: 'closing-meta' }, meta) : null,
      settings.shareUrl ? h('p', { class: 'closing-url' }, settings.shareUrl) : null,
      // Engineer D's share feature puts the QR code in here.
      h('div', { class: 'closing-extra' }),
    ),
  ];
}
