import type { DoublingSpec } from '../specs.ts';
import { animation, cnNumber, color, escapeHtml, fmt, font, sizes, textWidth, tooltipBase, widthOf } from './common.ts';
import type { ChartBuilder } from './types.ts';

export const BASE_INDEX = 100;
export const DOUBLING_BASIS = '按“三年翻一番”推算';

/** The implied yearly growth rate: factor^(1/years) − 1 (三年翻一番 → ≈26%). Derived. */
export function impliedRate(spec: DoublingSpec): number {
  return spec.factor ** (1 / spec.years) - 1;
}

/** Index path from 100 at the base year to 100 × factor after `years`. Derived. */
export function indexPath(spec: DoublingSpec): number[] {
  return Array.from({ length: spec.years + 1 }, (_, t) => BASE_INDEX * spec.factor ** (t / spec.years));
}

export function ratePercent(spec: DoublingSpec): string {
  return fmt(impliedRate(spec) * 100, 0);
}

function basis(spec: DoublingSpec): string {
  return spec.years === 3 && spec.factor === 2 ? DOUBLING_BASIS : `按“${cnNumber(spec.years)}年增长到${spec.factor}倍”推算`;
}

export function yearLabel(t: number): string {
  return t === 0 ? '基期' : `第${cnNumber(t)}年`;
}

export const doubling: ChartBuilder<DoublingSpec> = {
  option(spec, opts) {
    const s = sizes(opts);
    const path = indexPath(spec);
    const years = path.map((_, t) => yearLabel(t));
    const rate = ratePercent(spec);
    const target = spec.shareTarget;
    const last = path.length - 1;
    const left = opts.compact ? 24 : 48;
    const rateLine = `年均增长约${rate}%`;
    const basisLine = `（${basis(spec)}）`;
    // On narrow charts the basis goes on a second line rather than past the edge.
    const rateLines = textWidth(rateLine + basisLine, s.strong) <= widthOf(opts) - left - 16 ? [rateLine + basisLine] : [rateLine, basisLine];
    const rateText = rateLines.join('\n');
    const lineHeight = Math.round(s.strong * 1.3);
    const targetText = target ? `目标：${target.label}（${target.value}%）` : '';
    // Side by side when both fit on one line, else the target goes under the rate.
    const sideBySide = !target || (rateLines.length === 1 && textWidth(rateText, s.strong) + textWidth(targetText, s.label) + 44 + 160 < widthOf(opts));
    const stackTop = 8 + rateLines.length * lineHeight + 20;
    return {
      ...animation(opts),
      // Stacked on a narrow chart: the plot starts right under the target box and the axis name.
      grid: { left, right: opts.compact ? 40 : 80, top: sideBySide ? 130 : opts.compact ? stackTop + 54 + s.label + 24 : 121 + stackTop, bottom: opts.compact ? 16 : 48, containLabel: true },
      tooltip: {
        ...tooltipBase(opts),
        trigger: 'axis',
        axisPointer: { type: 'line', lineStyle: { color: color.neutral } },
        formatter: (p: unknown) => {
          const first = (p as { dataIndex: number }[])[0];
          if (!first) return '';
          const t = first.dataIndex;
          return `${yearLabel(t)}：工业总量指数 ${fmt(path[t])}<br>（基期=${BASE_INDEX}，${escapeHtml(basis(spec))}，年均约${rate}%）`;
        },
      },
      xAxis: { type: 'category', data: years, boundaryGap: true, axisTick: { show: false }, axisLabel: { fontSize: s.label } },
      yAxis: {
        type: 'value',
        min: 0,
        // Fewer ticks on a short, narrow chart so the axis labels keep apart.
        max: Math.ceil((BASE_INDEX * spec.factor * 1.15) / (opts.compact ? 100 : 50)) * (opts.compact ? 100 : 50),
        interval: opts.compact ? 100 : 50,
        name: `指数（基期=${BASE_INDEX}）`,
        nameTextStyle: { fontSize: s.label, align: 'left' },
        axisLabel: { fontSize: s.label },
      },
      series: [
        {
          type: 'line',
          name: `工业总量指数（${basis(spec)}）`,
          data: path,
          symbol: 'circle',
          symbolSize: opts.compact ? 16 : 22,
          // Dashed: a projection, not a record.
          lineStyle: { width: 5, type: 'dashed', color: color.red },
          itemStyle: { color: color.red, borderColor: color.white, borderWidth: 3 },
          areaStyle: { color: { type: 'linear', x: 0, y: 0, x2: 0, y2: 1, colorStops: [{ offset: 0, color: 'rgba(179,21,27,0.18)' }, { offset: 1, color: 'rgba(179,21,27,0)' }] } },
          label: {
            show: true,
            position: 'top',
            distance: 14,
            fontSize: s.strong,
            fontWeight: 700,
            fontFamily: font.sans,
            color: color.ink,
            formatter: (p: unknown) => {
              const i = (p as { dataIndex: number }).dataIndex;
              if (i === 0) return `${BASE_INDEX}`;
              // Narrow charts: the title already says 翻一番, and the words would run into the previous label.
              if (i === last) return opts.compact ? `{hi|${fmt(path[i], 0)}}` : `{hi|${fmt(path[i], 0)}}  翻一番`;
              return fmt(path[i], 0);
            },
            rich: { hi: { fontSize: s.big, fontWeight: 700, color: color.red, fontFamily: font.serif } },
          },
        },
      ],
      graphic: [
        {
          type: 'text',
          left,
          top: 8,
          style: {
            text: rateText,
            fill: color.red,
            font: `700 ${s.strong}px ${font.sans}`,
            lineHeight,
          },
        },
        ...(target
          ? [
              {
                type: 'text' as const,
                ...(sideBySide ? { right: opts.compact ? 16 : 48, top: 8 } : { left, top: stackTop }),
                style: {
                  // A target, not data: a dashed frame, no series, no axis value.
                  text: targetText,
                  fill: color.goldText,
                  font: `700 ${s.label}px ${font.sans}`,
                  backgroundColor: color.paper,
                  borderColor: color.goldText,
                  borderWidth: 3,
                  borderDash: [10, 8],
                  borderRadius: 6,
                  padding: [14, 22],
                },
              },
            ]
          : []),
      ],
    };
  },
  describe(spec) {
    const path = indexPath(spec);
    const target = spec.shareTarget ? `目标：${spec.shareTarget.label}（${spec.shareTarget.value}%），为目标而非统计数据。` : '';
    return `工业总量指数${basis(spec)}：基期${BASE_INDEX}，${path
      .slice(1)
      .map((v, i) => `${yearLabel(i + 1)}${fmt(v, 0)}`)
      .join('，')}，年均增长约${ratePercent(spec)}%（推算）。${target}`;
  },
  table(spec) {
    const path = indexPath(spec);
    return {
      caption: `工业总量指数（基期=${BASE_INDEX}，${basis(spec)}）`,
      head: ['年份', '指数（推算）', '说明'],
      rows: [
        ...path.map((v, t) => [yearLabel(t), fmt(v), t === 0 ? '基期' : `年均增长约${ratePercent(spec)}%（${spec.factor}^(1/${spec.years})−1）`]),
        ...(spec.shareTarget ? [[spec.shareTarget.label, `${spec.shareTarget.value}%`, '目标，非统计数据']] : []),
      ],
    };
  },
};
