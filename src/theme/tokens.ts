/**
 * Design tokens: the one place colours, type and spacing are defined.
 * CSS custom properties (css.ts) and the ECharts theme (echarts-theme.ts)
 * are generated from this object, so they cannot drift apart.
 */
export const tokens = {
  color: {
    /** Deep Chinese red: titles, divider backgrounds. */
    red: '#B3151B',
    redDeep: '#8E0F14',
    /** Warm gold for rules and accents; too pale for small text, see goldText. */
    gold: '#C9A063',
    /** Gold dark enough for text on paper (AA for large numbers). */
    goldText: '#8A5A12',
    /** Gold light enough for text on red. */
    goldOnRed: '#F2D9A6',
    ink: '#1F1F1F',
    inkSoft: '#4A4440',
    paper: '#FBF8F2',
    paperDeep: '#F3ECE0',
    white: '#FFFFFF',
    /** Quiet neutrals for chart axes, grid and secondary series. */
    neutral: '#8C8279',
    neutralLight: '#D9D1C5',
  },
  font: {
    /** Title face in the manner of the 小标宋 of official documents. */
    serif: '"Deck Serif SC", "Noto Serif SC", "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "STSong", "SimSun", serif',
    sans: '"Deck Sans SC", "Noto Sans SC", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif',
  },
  /** Pixel sizes at the 1920×1080 design size. */
  size: {
    slideWidth: 1920,
    slideHeight: 1080,
    /** Design width on 4:3 screens. */
    slideWidthNarrow: 1440,
    title: 68,
    display: 96,
    numeral: 280,
    figure: 168,
    body: 40,
    small: 32,
    caption: 28,
    chrome: 24,
    lineHeight: 1.6,
  },
  space: {
    /** Slide padding, left/right and top/bottom. */
    padX: 104,
    padY: 76,
    gap: 40,
    rule: 4,
    radius: 6,
  },
  /**
   * Type that grows to use the canvas where lines are few (src/render/fit.ts): the largest size,
   * up to `max`, at which the lines fit the content box without wrapping; never under `min`.
   */
  fit: {
    points: { min: 40, max: 72 },
    quote: { min: 72, max: 144 },
    /** Cards: a heading alone (a statement), a heading over lines, and the lines. */
    card: { solo: { min: 44, max: 112 }, heading: { min: 40, max: 64 }, body: { min: 30, max: 48 } },
    /** The content box under a title at 1920×1080 (wide) and on the 4:3 canvas (narrow), in px. */
    box: { wide: 1712, narrow: 1264, height: 660 },
    /** Reserve for a point's marker, in em. */
    markerEm: 1.2,
  },
  motion: {
    chartMs: 700,
    transition: 'fade' as const,
  },
} as const;

export type Tokens = typeof tokens;

/** Chart series colours, derived from the palette: red first, gold second, then neutrals. */
export const chartPalette: readonly string[] = [
  tokens.color.red,
  tokens.color.gold,
  tokens.color.redDeep,
  tokens.color.neutral,
  tokens.color.goldText,
  tokens.color.neutralLight,
];
