import { chartPalette, tokens } from './tokens.ts';

export const THEME_NAME = 'deck';

/** The ECharts theme, generated from the same tokens as the CSS. */
export const echartsTheme = {
  color: [...chartPalette],
  backgroundColor: 'transparent',
  textStyle: { fontFamily: tokens.font.sans, color: tokens.color.ink, fontSize: tokens.size.caption },
  animationDuration: tokens.motion.chartMs,
  animationDurationUpdate: tokens.motion.chartMs,
};
