import { axisText, type NativeChart } from '../../../export/pptx/native.ts';
import { C } from '../../../export/pptx/style.ts';
import { namedList, type PlanCountsSpec } from './spec.ts';

export function planCountsNative(spec: PlanCountsSpec): NativeChart {
  return {
    type: 'bar',
    series: [{ name: `数量（${spec.unit}）`, labels: spec.items.map((i) => i.name), values: spec.items.map((i) => i.count) }],
    options: { ...axisText, barDir: 'bar', chartColors: [C.red], showValue: true, dataLabelPosition: 'outEnd', valAxisHidden: true, valAxisMinVal: 0 },
    captions: spec.items.filter((i) => i.named.length).map((i) => `${i.name}：${namedList(i).join('、')}`),
  };
}
