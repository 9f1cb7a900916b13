/** `pdf`: reveal's print view, one 1920×1080 page per slide, with bookmarks and metadata. */
import { writeFileSync } from 'node:fs';
import type { AtomicTarget } from '../atomic.ts';
import { outlineFor, pdfMeta, titleOf } from '../deck-info.ts';
import { ExportError, msg } from '../messages.ts';
import type { DeckModel } from '../model.ts';
import { finishPdf } from '../outline.ts';
import { checkPages, printQuery } from '../print-view.ts';
import type { Progress } from '../progress.ts';
import type { Session } from '../session.ts';

export async function exportPdf(session: Session, model: DeckModel, target: AtomicTarget, log: Progress, splitFragments: boolean): Promise<number> {
  const page = await session.openDeck(printQuery({ splitFragments }));
  try {
    const pages = await checkPages(page, log, titleOf(model), model.slides.map((s) => s.id));
    if (!splitFragments && pages.length !== model.slides.length) {
      throw new ExportError(msg.failed(`打印视图有 ${pages.length} 页，幻灯片有 ${model.slides.length} 页 / print view has ${pages.length} pages for ${model.slides.length} slides`));
    }
    log.log('生成 PDF… / Writing the PDF…');
    const raw = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
    const first = new Map<string, number>();
    for (const p of pages) if (!first.has(p.slideId)) first.set(p.slideId, p.index);
    const { bytes, pages: count } = await finishPdf(raw, pdfMeta(model), outlineFor(model, (id) => first.get(id)));
    if (count !== pages.length) {
      throw new ExportError(msg.failed(`PDF 有 ${count} 页，应为 ${pages.length} 页 / the PDF has ${count} pages, expected ${pages.length}`));
    }
    writeFileSync(target.temp, bytes);
    return count;
  } finally {
    await page.close();
  }
}
