import { axisText, type NativeChart } from '../../../export/pptx/native.ts';
import { C } from '../../../export/pptx/style.ts';
import { honourCounts, type HonoursSpec } from './spec.ts';

export function honoursNative(spec: HonoursSpec): NativeChart {
  // Bars as long as the honours named at each level, with no count written (the speech gives none).
  const groups = honourCounts(spec).filter((g) => g.count > 0);
  return {
    type: 'bar',
    series: [{ name: '荣誉称号', labels: groups.map((g) => g.level), values: groups.map((g) => g.count) }],
    options: { ...axisText, barDir: 'bar', chartColors: [C.red], showValue: false, valAxisHidden: true, valAxisMinVal: 0, valGridLine: { style: 'none' } },
    captions: groups.map((g) => `${g.level}：${g.names.join('、')}`),
  };
}
