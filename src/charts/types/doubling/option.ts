import { tokens } from '../../../theme/tokens.ts';
import { alpha, type ChartElement, color, font, sizes } from '../../common.ts';
import { drawing, fadeIn, growUp, hoverBand } from '../../draw.ts';
import type { ChartOption } from '../../registry.ts';
import type { BuildOptions } from '../module.ts';
import { doublingBars, type DoublingSpec } from './spec.ts';

/** Room between the base line and its labels, as ECharts' category axis left it. */
const LABEL_GAP = 8;

/** Today's total and its doubling as two bars, the second a goal (dashed). */
export function doublingOption(spec: DoublingSpec, opts: BuildOptions): ChartOption {
  const s = sizes(opts);
  const bars = doublingBars(spec);
  const target = spec.shareTarget;
  const max = spec.factor * 1.25;
  /** The plot: the bars stand on its bottom edge; their names go below it. */
  const plot = (width: number, height: number) => {
    const side = opts.compact ? 24 : width * 0.22;
    const top = target ? 150 : 96;
    const bottom = height - 16 - LABEL_GAP - s.strong;
    const band = (width - 2 * side) / bars.length;
    return { left: side, right: width - side, top, bottom, band, y: (v: number) => bottom - (v / max) * (bottom - top) };
  };
  const labelAt = (x: number, y: number, text: string, size: number, ink: string, face: string, baseline: 'top' | 'bottom') =>
    ({ type: 'text', x, y, style: { text, fill: ink, fontSize: size, fontWeight: 700, fontFamily: face, align: 'center', verticalAlign: baseline } }) as const;
  const delay = Math.round(tokens.motion.chartMs * 0.6);

  // No number is drawn: the speech says 翻一番, not an index or a rate (those are in the data table).
  return drawing(opts, [
    {
      name: '工业总量',
      tips: bars.map((b) => `${b.name}：${b.label}`),
      render: (i, { width, height }) => {
        const p = plot(width, height);
        const b = bars[i];
        const cx = p.left + p.band * (i + 0.5);
        const w = p.band * 0.46;
        const top = p.y(b.value);
        return {
          type: 'group',
          children: [
            // The whole column answers the pointer, not only the bar.
            hoverBand({ x: cx - p.band / 2, y: p.top, width: p.band, height: p.bottom - p.top }),
            growUp({
              type: 'rect',
              // A dashed edge is drawn inside the bar's box, as ECharts drew bar borders.
              shape: i === 0 ? { x: cx - w / 2, y: top, width: w, height: p.bottom - top } : { x: cx - w / 2 + 2, y: top + 2, width: w - 4, height: p.bottom - top - 2 },
              // The second bar is a goal, not a record: the same red, lighter, with a dashed edge.
              style: i === 0 ? { fill: color.red } : { fill: alpha(color.red, 0.55), stroke: color.red, lineWidth: 4, lineDash: [16, 8] },
            }),
            fadeIn(
              i === 0
                ? labelAt(cx, top - 14, b.label, s.strong, color.ink, font.sans, 'bottom')
                : labelAt(cx, top - 14, b.label, s.big, color.red, font.serif, 'bottom'),
              delay,
            ),
            labelAt(cx, p.bottom + LABEL_GAP, b.name, s.strong, color.ink, font.serif, 'top'),
          ],
        };
      },
    },
    {
      name: '',
      tips: [''],
      silent: true,
      render: (_i, { width, height }) => {
        const p = plot(width, height);
        return {
          type: 'group',
          children: [
            { type: 'line', shape: { x1: p.left, y1: p.bottom, x2: p.right, y2: p.bottom }, style: { stroke: color.neutral, lineWidth: 2 } },
            ...(target
              ? [
                  {
                    type: 'text',
                    x: width / 2,
                    y: 8,
                    style: {
                      // A goal in the speech's own words: a dashed frame, no series, no value.
                      text: target.label,
                      fill: color.goldText,
                      font: `700 ${s.strong}px ${font.sans}`,
                      align: 'center',
                      verticalAlign: 'top',
                      backgroundColor: color.paper,
                      borderColor: color.goldText,
                      borderWidth: 3,
                      borderDash: [10, 8],
                      borderRadius: 6,
                      padding: [14, 22],
                    },
                  } satisfies ChartElement,
                ]
              : []),
          ],
        };
      },
    },
  ]);
}
