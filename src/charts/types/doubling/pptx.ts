import { axisText, type NativeChart } from '../../../export/pptx/native.ts';
import { C } from '../../../export/pptx/style.ts';
import { doublingBars, type DoublingSpec } from './spec.ts';

export function doublingNative(spec: DoublingSpec): NativeChart {
  // 1 → factor, as the deck draws it: no index path, no rate (those are derived, in the data table).
  const bars = doublingBars(spec);
  return {
    type: 'bar',
    series: [{ name: '工业总量', labels: bars.map((b) => b.name), values: bars.map((b) => b.value) }],
    options: { ...axisText, barDir: 'col', chartColors: [C.red], valAxisHidden: true, valAxisMinVal: 0, valGridLine: { style: 'none' } },
    captions: [`工业总量${bars[1].name}${bars[1].label}`, ...(spec.shareTarget ? [spec.shareTarget.label] : [])],
  };
}
