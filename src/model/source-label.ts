/**
 * Where in the speech a slide's words come from ("讲话第二部分第2条"), generated from the
 * paragraph ids it cites. For the data table and the speaker, never for the projected slide:
 * the speaker is the source.
 */
import { PART_NUMERALS } from './speech.ts';
import type { Speech } from './speech.ts';

function itemList(items: number[]): string {
  const sorted = [...new Set(items)].sort((a, b) => a - b);
  const consecutive = sorted.length > 2 && sorted.every((n, i) => i === 0 || n === sorted[i - 1] + 1);
  return consecutive ? `${sorted[0]}—${sorted[sorted.length - 1]}` : sorted.join('、');
}

export function sourceLabelFor(ids: readonly string[], speech: Speech): string {
  const byPart = new Map<string, number[]>();
  for (const p of speech.paragraphs) {
    if (!ids.includes(p.id)) continue;
    const list = byPart.get(p.part) ?? [];
    if (p.item !== undefined) list.push(p.item);
    byPart.set(p.part, list);
  }
  const parts = [...byPart.entries()].map(([part, items]) => {
    const name = part === 'open' ? '开场' : part === 'close' ? '结束语' : `第${PART_NUMERALS[Number(part.slice(1)) - 1]}部分`;
    return items.length ? `${name}第${itemList(items)}条` : name;
  });
  return `讲话${parts.join('、')}`;
}
