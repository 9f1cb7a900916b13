/** PowerPoint units, fonts and colours from the deck's tokens: shared by slide placement and the chart types' native forms. */
import { mix } from '../../theme/colour.ts';
import { tokens } from '../../theme/tokens.ts';

/** Slide size in inches (PowerPoint's 16:9 "wide" layout) and the deck's px → in factor. */
export const SLIDE_W = 13.333;
export const SLIDE_H = 7.5;
/** Inches per deck pixel. */
export const PX = SLIDE_W / tokens.size.slideWidth;
/** Inches for a length in deck pixels. */
export const px = (n: number): number => Math.round(n * PX * 1000) / 1000;
/** Font size in points for a size in deck pixels (1920 px = 13.333 in = 960 pt). */
export const pt = (n: number): number => Math.round(n * PX * 72 * 10) / 10;
/**
 * The first installable face of a CSS font stack. The "Deck …" faces are
 * subset web fonts that exist only inside the page, so Office gets the full
 * family they were cut from; Office falls back to its own CJK face when absent.
 */
export function officeFont(stack: string): string {
  const names = stack.split(',').map((s) => s.trim().replace(/^["']|["']$/g, ''));
  return names.find((n) => !/^Deck /.test(n) && !/^(serif|sans-serif)$/.test(n)) ?? names[0];
}

export const FONT = { serif: officeFont(tokens.font.serif), sans: officeFont(tokens.font.sans) } as const;

/** A deck colour as PowerPoint writes it: RRGGBB. */
const hex = (c: string): string => c.replace('#', '').toUpperCase();
export const C = Object.fromEntries(Object.entries(tokens.color).map(([k, v]) => [k, hex(v)])) as { [K in keyof typeof tokens.color]: string };

export const PAD_X = px(tokens.space.padX);
export const PAD_Y = px(tokens.space.padY);
export const INNER_W = SLIDE_W - 2 * PAD_X;

/** A pale tint of a deck colour (#RRGGBB) towards the paper: the "open" or "uncertain" part of a bar (PowerPoint charts have no fading fill). */
export function tint(color: string, share = 0.45): string {
  return hex(mix(color, tokens.color.paper, share));
}
