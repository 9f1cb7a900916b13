/**
 * 导出 (key E): print to PDF through the browser, or download an editable
 * PowerPoint built here in the page with the same code as
 * `npm run export -- pptx` (src/export/pptx/). pptxgenjs is loaded only
 * when asked for, from the deck's own files, so it works offline and costs
 * the first load nothing.
 */
import './overlay.css';
import './export-menu.css';
import type { DeckApp, DeckFeature } from '../app.ts';
import { addHelpEntry } from './keys.ts';
import { Overlay } from './overlay.ts';

export const exportOverlay = new Overlay('export', '导出');

/** Query of the print view the PDF is printed from: one 1920×1080 page per slide, then the print dialog. */
export const PRINT_QUERY = '?print-pdf&margin=0&autoprint=true';

let status: HTMLElement;

function setStatus(text: string): void {
  status.textContent = text;
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
    const pres = buildPresentation(PptxGenJS, app);
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

function render(app: DeckApp): void {
  const title = document.createElement('h2');
  title.className = 'deck-overlay-title';
  title.textContent = '导出';
  const list = document.createElement('div');
  list.className = 'export-actions';
  list.append(
    action('打印 / 另存为 PDF', '每页一张幻灯片（16:9），图表完整', printPdf),
    action('下载 PowerPoint（.pptx）', '可编辑的文字和图表，讲话原文在备注中，可用 WPS 打开', (b) => void downloadPptx(app, b)),
  );
  status = document.createElement('p');
  status.className = 'export-status';
  status.setAttribute('role', 'status');
  const foot = document.createElement('p');
  foot.className = 'deck-overlay-foot';
  // A phone has no keys: say nothing about them in the reading layout.
  exportOverlay.onToggle((open) => {
    if (open) foot.hidden = app.reveal.isScrollView();
  });
  foot.textContent = '按 E 或 Esc 关闭';
  exportOverlay.panel.replaceChildren(title, list, status, foot);
}

/** Opens the menu with a fresh status (the phone reading layout's 导出 button). */
export function openExportMenu(): void {
  if (status) setStatus('');
  exportOverlay.open();
}

function isTyping(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  return !!t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
}

/** In the print view opened by the menu: print once every chart and font is ready. */
function autoPrint(): void {
  const html = document.documentElement;
  const go = (): void => {
    void document.fonts.ready.then(() => requestAnimationFrame(() => window.print()));
  };
  if (html.dataset.chartsReady === 'true') return go();
  const mo = new MutationObserver(() => {
    if (html.dataset.chartsReady !== 'true') return;
    mo.disconnect();
    go();
  });
  mo.observe(html, { attributes: true, attributeFilter: ['data-charts-ready'] });
}

export const exportMenu: DeckFeature = {
  name: 'export-menu',
  bind(app) {
    addHelpEntry('文件', { keys: ['E'], what: '导出：打印或另存为 PDF，下载可编辑的 PowerPoint' });
    exportOverlay.mount(document.querySelector('.reveal') ?? document.body);
    render(app);
    addEventListener(
      'keydown',
      (e) => {
        if (e.ctrlKey || e.altKey || e.metaKey || isTyping(e)) return;
        const isE = e.key === 'e' || e.key === 'E' || ((e.key === 'Process' || e.key === 'Unidentified') && e.code === 'KeyE');
        if (isE && !e.shiftKey) {
          e.preventDefault();
          e.stopImmediatePropagation();
          if (!exportOverlay.isOpen()) setStatus('');
          exportOverlay.toggle();
          return;
        }
        if (exportOverlay.isOpen() && e.key === 'Escape') {
          e.preventDefault();
          e.stopImmediatePropagation();
          exportOverlay.close();
        }
      },
      true,
    );
  },
  ready(app) {
    if (app.reveal.isPrintView() && /[?&]autoprint=true/.test(location.search)) autoPrint();
  },
};
