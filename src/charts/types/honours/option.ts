import { color, sizes, widthOf, wrapList, type ChartElement } from '../../common.ts';
import { drawing, growRight, hoverBand, rowLabels, type Size } from '../../draw.ts';
import type { ChartOption } from '../../registry.ts';
import type { BuildOptions } from '../module.ts';
import { honourCounts, type HonoursSpec } from './spec.ts';

/** Room above and below the rows. */
const PAD_Y = 24;
/** Gap between the level labels and the bars (ECharts' axis label margin, as before). */
const LABEL_GAP = 8;
/** Gap between the plot and the names column. */
const NAMES_GAP = 40;
/** A bar's thickness as a share of its row. */
const BAR = 0.46;

/** One bar per level, as long as the honours it names, with the names beside it. */
export function honoursOption(spec: HonoursSpec, opts: BuildOptions): ChartOption {
  const s = sizes(opts);
  const counts = honourCounts(spec);
  const max = Math.max(1, ...counts.map((c) => c.count));
  // Wide: the names stand beside each bar (a column on the right); compact: tooltip and data table only.
  const namesWidth = opts.compact ? 0 : Math.round(widthOf(opts) * 0.56);
  const labelWidth = s.strong * 3 + 32;
  const namesLines = counts.map((c) => (c.names.length ? wrapList(c.names, '、', namesWidth - 64, s.label).join('\n') : '—'));

  // The plot: between the level labels and the names column; rows evenly spaced, the first on top.
  const frame = ({ width, height }: Size) => {
    const right = width - (opts.compact ? 96 : namesWidth);
    const band = (height - 2 * PAD_Y) / counts.length;
    return { left: labelWidth, right, band, mid: (i: number) => PAD_Y + band * (i + 0.5) };
  };

  return drawing(opts, [
    {
      name: '荣誉称号',
      // The whole row answers, as ECharts' axis tooltip did: the level, then each honour it names.
      tips: counts.map((c) => [c.level, ...c.names.map((n) => `· ${n}`)].join('\n')),
      render: (i, size) => {
        const f = frame(size);
        const y = f.mid(i);
        const h = f.band * BAR;
        // One unit of length per named honour, on a scale to 110% of the longest; no count is written (the speech gives none).
        const length = (counts[i].count / (max * 1.1)) * (f.right - f.left);
        const bar = growRight({
          type: 'rect' as const,
          shape: { x: f.left, y: y - h / 2, width: length, height: h, r: [0, 6, 6, 0] },
          style: { fill: color.red },
        });
        const row = { x: 0, y: y - f.band / 2, height: f.band };
        const children: ChartElement[] = [
          bar,
          // The hovered row is shaded over the plot.
          hoverBand({ ...row, x: f.left, width: f.right - f.left }),
          // The whole row, labels and names included, is the pointer's target.
          { type: 'rect', shape: { ...row, width: size.width }, style: { fill: color.paper, opacity: 0 } },
        ];
        return { type: 'group', children };
      },
    },
    {
      name: '',
      tips: counts.map(() => ''),
      silent: true,
      render: (i, size) => {
        const f = frame(size);
        const y = f.mid(i);
        const level = { x: f.left - LABEL_GAP, text: counts[i].level, size: s.strong };
        return opts.compact ? rowLabels(y, level) : rowLabels(y, level, { x: f.right + NAMES_GAP, text: namesLines[i], size: s.label });
      },
    },
  ]);
}
