import { chartPalette, tokens } from './tokens.ts';

export const THEME_NAME = 'deck';

const axis = {
  axisLine: { lineStyle: { color: tokens.color.neutral, width: 2 } },
  axisTick: { lineStyle: { color: tokens.color.neutral } },
  axisLabel: { color: tokens.color.ink, fontSize: tokens.size.caption, fontFamily: tokens.font.sans },
  splitLine: { lineStyle: { color: tokens.color.neutralLight, type: 'dashed' } },
  nameTextStyle: { color: tokens.color.inkSoft, fontSize: tokens.size.caption, fontFamily: tokens.font.sans },
};

/** The ECharts theme, generated from the same tokens as the CSS. */
export const echartsTheme = {
  color: [...chartPalette],
  backgroundColor: 'transparent',
  textStyle: { fontFamily: tokens.font.sans, color: tokens.color.ink, fontSize: tokens.size.caption },
  tooltip: {
    backgroundColor: tokens.color.white,
    borderColor: tokens.color.gold,
    textStyle: { color: tokens.color.ink, fontSize: tokens.size.caption },
  },
  categoryAxis: axis,
  valueAxis: axis,
  animationDuration: tokens.motion.chartMs,
  animationDurationUpdate: tokens.motion.chartMs,
};
