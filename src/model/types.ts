/**
 * The typed slide model. Slide modules in `slides/` produce these records;
 * the engine renders them. A slide never carries markup, only data.
 */
import type { ChartSpec } from '../charts/types/specs.ts';
import { isNumberedPart, partNumber, type NumberedPart, type PartKey } from './speech.ts';
import { NO_CHECKS, type DeckChecks } from './readiness.ts';

export type { NumberedPart, PartKey } from './speech.ts';

/** A short line shown on a slide. `fragment` reveals it step by step. */
export interface Point {
  readonly text: string;
  /** Words inside `text` drawn in the accent colour. */
  readonly emphasis?: readonly string[];
  readonly fragment?: boolean;
}

export type PointInput = string | Point;

export interface Card {
  readonly heading: string;
  readonly body?: readonly string[];
  /** A small label above the heading, e.g. a numeral or "抓老". */
  readonly label?: string;
}

/** A figure shown as a large number: `310` `天`. */
export interface Figure {
  readonly value: string;
  readonly unit?: string;
  readonly label: string;
}

interface SlideBase {
  /** Unique, stable, URL-safe: used for the deck's hash links and exports. */
  readonly id: string;
  /** Source paragraph ids this slide presents; its speaker notes are these paragraphs, verbatim. */
  readonly source: readonly string[];
}

export interface CoverSlide extends SlideBase {
  readonly kind: 'cover';
  readonly headline: string;
}

/** A part's divider (一、…). Slide modules never write one: defineDeck derives it from the part. */
export interface SectionSlide extends SlideBase {
  readonly kind: 'section';
  readonly part: NumberedPart;
}

export interface PointsSlide extends SlideBase {
  readonly kind: 'points';
  readonly title: string;
  readonly points: readonly PointInput[];
  /** Optional small lead line under the title. */
  readonly lead?: string;
}

export interface CardsSlide extends SlideBase {
  readonly kind: 'cards';
  readonly title: string;
  readonly cards: readonly Card[];
  readonly lead?: string;
  /**
   * `flow` joins cards with arrows (a sequence); `columns` sets them side by side;
   * `rows` stacks them, label and heading on the left, body on the right (for five
   * or more parallel items, or long bodies on the narrow 4:3 canvas).
   */
  readonly layout?: 'columns' | 'flow' | 'rows';
  readonly fragments?: boolean;
}

export interface FiguresSlide extends SlideBase {
  readonly kind: 'figures';
  readonly title: string;
  readonly figures: readonly Figure[];
  readonly lead?: string;
}

export interface QuoteSlide extends SlideBase {
  readonly kind: 'quote';
  /** Lines of the quotation, shown in large type. */
  readonly lines: readonly string[];
  readonly caption?: string;
}

export interface ChartSlide extends SlideBase {
  readonly kind: 'chart';
  readonly title: string;
  readonly chart: ChartSpec;
  /** Figures beside the chart, in the speech's words. */
  readonly aside?: readonly Figure[];
}

export interface ClosingSlide extends SlideBase {
  readonly kind: 'closing';
  readonly lines: readonly string[];
  /** A smaller line under the closing words, from the speech. */
  readonly tail?: string;
}

export type Slide =
  | CoverSlide
  | SectionSlide
  | PointsSlide
  | CardsSlide
  | FiguresSlide
  | QuoteSlide
  | ChartSlide
  | ClosingSlide;

export type SlideKind = Slide['kind'];

/** A part of the deck as the engine sees it: the divider (for a numbered part) and the authored slides. */
export interface SectionModule {
  readonly part: PartKey;
  readonly slides: readonly Slide[];
}

/** What a slide module writes: any slide but a part divider. */
export type AuthoredSlide = Exclude<Slide, SectionSlide>;

/** One module per part of the speech exports one of these. */
export interface PartModule {
  readonly part: PartKey;
  readonly slides: readonly AuthoredSlide[];
}

/** What a presenter fills in; defaults come from the speech. */
export interface DeckSettings {
  readonly meetingTitle: string;
  /** The speech masks the district's name as "**"; shown as the source shows it until set. */
  readonly districtName: string;
  readonly date: string;
  readonly speaker: string;
  /** Absolute URL where the deck is published; empty when unknown. */
  readonly shareUrl: string;
  readonly description: string;
  /** Suggested minutes per part, for the speaker view's pacing. */
  readonly pacingMinutes: Readonly<Record<PartKey, number>>;
  /** Ids of the deck's checks the presenter has confirmed before the meeting (`npm run check`, src/model/readiness.ts). */
  readonly confirmed: readonly string[];
}

export interface Deck {
  readonly settings: DeckSettings;
  /** What this speech asks the presenter to settle before the meeting. */
  readonly checks: DeckChecks;
  readonly sections: readonly SectionModule[];
}

export function normalizePoint(p: PointInput): Point {
  return typeof p === 'string' ? { text: p } : p;
}

/** The divider that opens a numbered part: its numeral and title come from the speech when shown. */
export function dividerFor(part: NumberedPart): SectionSlide {
  return { kind: 'section', id: `part-${partNumber(part)}`, part, source: [`${part}.h`] };
}

/** The deck from its settings and part modules, in speaking order; each numbered part opens with its divider. */
export function defineDeck(settings: DeckSettings, parts: readonly PartModule[], checks: DeckChecks = NO_CHECKS): Deck {
  return {
    settings,
    checks,
    sections: parts.map(({ part, slides }) => ({ part, slides: isNumberedPart(part) ? [dividerFor(part), ...slides] : slides })),
  };
}

/** Flattens a deck into its slides, in order. */
export function deckSlides(deck: Deck): Slide[] {
  return deck.sections.flatMap((s) => s.slides);
}
