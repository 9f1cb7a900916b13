/**
 * `pptx`: the shared builder (src/export/pptx/) run in Node. The browser is
 * needed only when a slide has no native form and goes in as a picture.
 */
import { writeFileSync } from 'node:fs';
import PptxGenJS from 'pptxgenjs';
import { buildPresentation, slidesNeedingPictures, writePresentation } from '../../../src/export/pptx/index.ts';
import type { AtomicTarget } from '../atomic.ts';
import { titleOf } from '../deck-info.ts';
import type { DeckModel } from '../model.ts';
import { checkPages, pagePicture, printQuery } from '../print-view.ts';
import { progress, type Progress } from '../progress.ts';
import type { Session } from '../session.ts';

export async function exportPptx(openSession: () => Promise<Session>, model: DeckModel, target: AtomicTarget, log: Progress): Promise<number> {
  const title = titleOf(model);
  const pictures = new Map<string, string>();
  const wanted = await slidesNeedingPictures(model.slides);
  if (wanted.length) {
    const session = await openSession();
    const page = await session.openDeck(printQuery({ exactPages: true }));
    const pages = await checkPages(page, progress(true), title, model.slides.map((s) => s.id));
    for (const p of pages) {
      if (!wanted.some((s) => s.id === p.slideId)) continue;
      pictures.set(p.slideId, `data:image/png;base64,${(await pagePicture(page, p.index, 'png')).toString('base64')}`);
    }
    await page.close();
  }
  const pres = await buildPresentation(PptxGenJS, model, {
    picture: (slide) => pictures.get(slide.id),
    onSlide(i, total, slide, mode) {
      const how = mode === 'picture' ? '图片（无对应的原生形式）/ picture (no native form)' : slide.kind === 'chart' ? '原生图表 / native chart' : '文本框 / text boxes';
      log.step(i + 1, total, `${slide.id} ${title(slide.id)} — ${how}`);
    },
  });
  writeFileSync(target.temp, await writePresentation(pres));
  return model.slides.length;
}
