import { tokens } from '../../../theme/tokens.ts';
import { color, sizes, widthOf, wrapList } from '../../common.ts';
import { drawing, rowLabels, type Size } from '../../draw.ts';
import type { ChartOption } from '../../registry.ts';
import type { BuildOptions } from '../module.ts';
import { namedList, type PlanCountsSpec } from './spec.ts';

/** Room above and below the rows. */
const PAD_Y = 16;
/** Gap between the row names and the cells (ECharts' axis label margin, as before). */
const LABEL_GAP = 8;
/** Gap between the cells and the names column. */
const NAMES_GAP = 40;
/** Room left of the first cell and right of the last, in cells' spacing (the old value axis ran from -0.6 to n - 0.4). */
const CELL_PAD = 0.6;
const CELL_PAD_END = 0.4;

/**
 * One row per plan (十大…): its name, a cell for each project the speech names, and their names.
 * Only what the speaker says is drawn; how many are unnamed is for the data table.
 */
export function planCountsOption(spec: PlanCountsSpec, opts: BuildOptions): ChartOption {
  const s = sizes(opts);
  const maxNamed = Math.max(1, ...spec.items.map((i) => i.named.length));
  // The 4:3 canvas (about 1264px): a wider names column in the caption size, so each list
  // takes two or three lines and the lists of neighbouring rows stay apart.
  const narrow = !opts.compact && widthOf(opts) < 1400;
  const namesWidth = opts.compact ? 0 : Math.round(widthOf(opts) * (narrow ? 0.46 : 0.4));
  const listSize = narrow ? tokens.size.caption : s.label;
  // Narrow containers (phones) set the row names a size smaller to leave room for the cells.
  const nameSize = opts.compact ? s.label : s.strong;
  const labelWidth = Math.max(...spec.items.map((i) => i.name.length)) * nameSize + 40;
  // Cells fit the room between the two label columns (the 4:3 canvas is narrower).
  const cellsWidth = widthOf(opts) - labelWidth - (opts.compact ? 24 : namesWidth);
  const cell = Math.max(18, Math.min(opts.compact ? 30 : 46, Math.floor((cellsWidth / maxNamed) * 0.72)));
  const named: { row: number; k: number; name: string }[] = [];
  spec.items.forEach((item, row) => item.named.forEach((name, k) => named.push({ row, k, name })));
  const lists = spec.items.map((i) => wrapList(namedList(i), '、', namesWidth - 72, listSize).join('\n'));
  // Cells come in one after another, all within the chart's animation time.
  const step = Math.min(60, tokens.motion.chartMs / 2 / Math.max(1, named.length));

  // Between the two label columns; rows evenly spaced, the first on top.
  const frame = ({ width, height }: Size) => {
    const right = width - (opts.compact ? 24 : namesWidth);
    const band = (height - 2 * PAD_Y) / spec.items.length;
    const span = maxNamed - CELL_PAD_END + CELL_PAD;
    return {
      right,
      mid: (row: number) => PAD_Y + band * (row + 0.5),
      at: (k: number) => labelWidth + ((k + CELL_PAD) / span) * (right - labelWidth),
    };
  };

  return drawing(opts, [
    {
      name: '项目',
      tips: named.map((n) => `${n.name}\n${spec.items[n.row].name}`),
      render: (i, size) => {
        const f = frame(size);
        const { row, k } = named[i];
        const cx = f.at(k);
        const cy = f.mid(row);
        // A rounded square as ECharts' roundRect symbol drew it (corner a quarter of its side), growing out of its centre.
        return {
          type: 'rect',
          shape: { x: cx - cell / 2, y: cy - cell / 2, width: cell, height: cell, r: cell / 4, enterFrom: { x: cx, y: cy, width: 0, height: 0, r: 0 } },
          style: { fill: color.red, enterFrom: { opacity: 0 } },
          enterAnimation: { delay: i * step },
        };
      },
    },
    {
      name: '',
      tips: spec.items.map(() => ''),
      silent: true,
      render: (i, size) => {
        const f = frame(size);
        const y = f.mid(i);
        // Every row keeps its label: never thinned out when long labels touch.
        const name = { x: labelWidth - LABEL_GAP, text: spec.items[i].name, size: nameSize };
        return opts.compact ? rowLabels(y, name) : rowLabels(y, name, { x: f.right + NAMES_GAP, text: lists[i], size: listSize });
      },
    },
  ]);
}
