/**
 * 导出 (key E): print to PDF through the browser, or download an editable
 * PowerPoint built here in the page with the same code as
 * `npm run export -- pptx` (src/export/pptx/). pptxgenjs is loaded only
 * when asked for, from the deck's own files, so it works offline and costs
 * the first load nothing.
 */
import './export-menu.css';
import type { DeckApp, DeckFeature } from '../app.ts';
import { whenChartsReady } from '../readiness-contract.ts';
import { Cleanup } from './cleanup.ts';
import { buildOverlay } from './overlay.ts';
import { viewMode } from './view-mode.ts';

/** Query of the print view the PDF is printed from: one 1920×1080 page per slide, then the print dialog. */
export const PRINT_QUERY = '?print-pdf&margin=0&autoprint=true';

let status: HTMLElement | null = null;

function setStatus(text: string): void {
  if (status) status.textContent = text;
}

function action(title: string, note: string, run: (button: HTMLButtonElement) => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'export-action';
  const t = document.createElement('span');
  t.className = 'export-action-title';
  t.textContent = title;
  const n = document.createElement('span');
  n.className = 'export-action-note';
  n.textContent = note;
  button.append(t, n);
  button.addEventListener('click', () => run(button));
  return button;
}

function printPdf(): void {
  const url = `${location.pathname}${PRINT_QUERY}`;
  const win = window.open(url, '_blank');
  if (!win) {
    // Pop-up blocked: print from this tab instead.
    location.href = url;
    return;
  }
  setStatus('已在新标签页打开打印版，图表画完后会弹出打印对话框：目标选“另存为 PDF”。');
}

/** Named after the meeting as shown (app.deck is the shown deck: model/shown.ts). */
export function pptxFileName(app: Pick<DeckApp, 'deck'>): string {
  return `${app.deck.settings.meetingTitle.replace(/[\\/:*?"<>|]/g, '')}.pptx`;
}

async function downloadPptx(app: DeckApp, button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  setStatus('正在生成 PowerPoint…');
  try {
    const [{ default: PptxGenJS }, { buildPresentation, writePresentation }] = await Promise.all([import('pptxgenjs'), import('../export/pptx/index.ts')]);
    const pres = await buildPresentation(PptxGenJS, app);
    const fileName = pptxFileName(app);
    const bytes = await writePresentation(pres);
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    setStatus(`已下载 ${fileName}（${app.slides.length} 页，图表可编辑，讲稿在备注中）。`);
  } catch (e) {
    setStatus(`生成失败：${e instanceof Error ? e.message : String(e)}`);
    console.error(e);
  } finally {
    button.disabled = false;
  }
}

/** In the print view opened by the menu: print once every chart and font is ready. */
function autoPrint(): MutationObserver {
  const go = (): void => {
    void document.fonts.ready.then(() => requestAnimationFrame(() => window.print()));
  };
  return whenChartsReady(go);
}

const cleanup = new Cleanup();

export const exportMenu: DeckFeature = {
  name: 'export-menu',
  bind(app) {
    if (viewMode === 'deck') {
      const actions = document.createElement('div');
      actions.className = 'export-actions';
      actions.append(
        action('打印 / 另存为 PDF', '每页一张幻灯片（16:9），图表完整', printPdf),
        action('下载 PowerPoint（.pptx）', '可编辑的文字和图表，讲话原文在备注中，可用 WPS 打开', (b) => void downloadPptx(app, b)),
      );
      const line = document.createElement('p');
      line.className = 'export-status';
      line.setAttribute('role', 'status');
      status = line;
      cleanup.add(() => (status = null));
      const overlay = buildOverlay(app.overlays, app.reveal.getRevealElement() ?? document.body, {
        id: 'export',
        label: '导出',
        kind: 'menu',
        title: '导出',
        body: () => {
          line.textContent = ''; // opened afresh: no status left from the last time
          return [actions, line];
        },
        // A phone has no keys: say nothing about them in the reading layout.
        foot: () => (app.reveal.isScrollView() ? null : '按 E 或 Esc 关闭'),
      });
      cleanup.add(() => overlay.destroy());
      cleanup.add(app.keys.handle('export', () => overlay.toggle()));
    }
  },
  ready(app) {
    if (app.reveal.isPrintView() && /[?&]autoprint=true/.test(location.search)) cleanup.observer(autoPrint());
  },
  destroy() {
    cleanup.run();
  },
};
