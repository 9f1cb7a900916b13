/**
 * The typed slide model. Slide modules in `slides/` produce these records;
 * the engine renders them. A slide never carries markup, only data.
 */
import type { ChartSpec } from '../charts/types/specs.ts';
import type { PartKey } from './speech.ts';
import type { CheckId } from './readiness.ts';

export type { PartKey } from './speech.ts';

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

export interface SectionSlide extends SlideBase {
  readonly kind: 'section';
  readonly part: Exclude<PartKey, 'open' | 'close'>;
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

/** One module per speech section exports one of these. */
export interface SectionModule {
  readonly part: PartKey;
  readonly slides: readonly Slide[];
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
  /** Source-notes items the presenter has confirmed before the meeting (`npm run check`, src/model/readiness.ts). */
  readonly confirmed: readonly CheckId[];
}

export interface Deck {
  readonly settings: DeckSettings;
  readonly sections: readonly SectionModule[];
}

export function normalizePoint(p: PointInput): Point {
  return typeof p === 'string' ? { text: p } : p;
}

/** Flattens a deck into its slides, in order. */
export function deckSlides(deck: Deck): Slide[] {
  return deck.sections.flatMap((s) => s.slides);
}
