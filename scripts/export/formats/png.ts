/** `png`: one 1920×1080 picture per slide, numbered, into a folder. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AtomicTarget } from '../atomic.ts';
import { titleOf } from '../deck-info.ts';
import type { DeckModel } from '../model.ts';
import { checkPages, pagePicture, printQuery } from '../print-view.ts';
import { progress, type Progress } from '../progress.ts';
import type { Session } from '../session.ts';

export function pngName(index: number, total: number, slideId: string): string {
  return `${String(index + 1).padStart(Math.max(2, String(total).length), '0')}-${slideId}.png`;
}

export async function exportPng(session: Session, model: DeckModel, target: AtomicTarget, log: Progress): Promise<number> {
  const page = await session.openDeck(printQuery({ exactPages: true }));
  try {
    const pages = await checkPages(page, progress(true), titleOf(model), model.slides.map((s) => s.id));
    const title = titleOf(model);
    for (const p of pages) {
      writeFileSync(join(target.temp, pngName(p.index, pages.length, p.slideId)), await pagePicture(page, p.index, 'png'));
      log.step(p.index + 1, pages.length, `${p.slideId} ${title(p.slideId)}`);
    }
    return pages.length;
  } finally {
    await page.close();
  }
}
