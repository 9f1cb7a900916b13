import type { NativeChart } from '../../../export/pptx/native.ts';
import { C } from '../../../export/pptx/style.ts';
import type { DayShareSpec } from './spec.ts';

/** 310 of the days of a year: the rest completes the ring, unlabelled, as in the deck. */
export function dayShareNative(spec: DayShareSpec): NativeChart {
  return {
    type: 'doughnut',
    series: [{ name: spec.label, labels: [spec.label, '其余天数'], values: [spec.value, spec.total - spec.value] }],
    options: { chartColors: [C.red, C.neutralLight], holeSize: 62, firstSliceAng: 0, showLegend: false, showValue: false, showPercent: false, dataBorder: { pt: 0, color: C.paper } },
    captions: [`${spec.label}：${spec.value}${spec.unit}`],
    centre: { value: `${spec.value}${spec.unit}`, note: spec.label },
  };
}
