/**
 * What the audience reads on a slide, taken from the typed model. A generic
 * walk over the slide's data, so a field added later is checked too; only
 * fields that are not shown, or that are checked another way, are skipped.
 */
import type { ChartSpec } from '../../src/charts/types/specs.ts';
import type { Figure, Slide } from '../../src/model/types.ts';

/** Not shown as text (ids, keys), or checked separately (the basis of a derivation, shown only in the data table). */
const HIDDEN_KEYS = new Set(['id', 'kind', 'source', 'part', 'layout', 'fragments', 'fragment', 'emphasis', 'totalBasis', 'level', 'type']);

export interface TextPiece {
  /** Where on the slide: `points.2.text`, `chart.items.0.name`. */
  readonly path: string;
  readonly text: string;
}

function walk(value: unknown, path: string, out: TextPiece[]): void {
  if (typeof value === 'string') {
    out.push({ path, text: value });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, `${path}.${i}`, out));
  } else if (value && typeof value === 'object') {
    const isFigure = typeof (value as Figure).value === 'string' && 'label' in value;
    if (isFigure) {
      // A figure reads as one number with its unit ("12个").
      const f = value as Figure;
      out.push({ path: `${path}.value`, text: f.value + (f.unit ?? '') });
    }
    for (const [k, v] of Object.entries(value)) {
      if (HIDDEN_KEYS.has(k)) continue;
      if (isFigure && (k === 'value' || k === 'unit')) continue;
      walk(v, path ? `${path}.${k}` : k, out);
    }
  }
}

/** Every string a slide shows, with where it sits. */
export function visibleText(slide: Slide): TextPiece[] {
  const out: TextPiece[] = [];
  walk(slide, '', out);
  return out;
}

export function chartOf(slide: Slide): ChartSpec | undefined {
  return slide.kind === 'chart' ? slide.chart : undefined;
}
