/**
 * Share: a QR code of the deck's share link, so people in the room can open
 * it on their phones. It sits on the closing slide (`.closing-extra`) and Q
 * shows it full-screen. Generated here, from the `qrcode` package: no
 * request to any QR service.
 *
 * The link is settings.shareUrl (or VITE_SHARE_URL at build time); without
 * one, the address the deck is served from, unless that is this machine or a
 * file on disk (useless to a phone).
 */
import './share.css';
import QRCode from 'qrcode';
import type { DeckApp, DeckFeature } from '../app.ts';
import { Cleanup } from './cleanup.ts';
import { liveStatus } from './live/status.ts';
import { buildOverlay } from './overlay.ts';
import { viewMode } from './view-mode.ts';
import { tokens } from '../theme/tokens.ts';

const LOOPBACK = /^(localhost|127(\.\d+){3}|\[::1\]|0\.0\.0\.0)$/;

/** The URL a phone should open, or null when there is none worth showing. */
export function shareTarget(shareUrl: string, here: Location | URL | null = typeof location === 'undefined' ? null : location): string | null {
  const configured = shareUrl.trim();
  if (configured) {
    try {
      const u = new URL(configured);
      if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
    } catch {
      /* not a URL: fall through */
    }
  }
  if (!here || !/^https?:$/.test(here.protocol) || LOOPBACK.test(here.hostname)) return null;
  const u = new URL(here.href);
  u.search = '';
  u.hash = '';
  return u.href;
}

/** The QR code as an SVG: one path of dark modules, a 4-module quiet zone, crisp at any size. */
export function qrSvg(text: string, label: string): SVGSVGElement {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const q = 4;
  let d = '';
  for (let y = 0; y < n; y++) for (let x = 0; x < n; x++) if (modules.get(y, x)) d += `M${x + q} ${y + q}h1v1h-1z`;
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${n + 2 * q} ${n + 2 * q}`);
  svg.setAttribute('class', 'share-qr-code');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const bg = document.createElementNS(ns, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', tokens.color.white);
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', tokens.color.ink);
  svg.append(bg, path);
  return svg;
}

function figure(url: string, big: boolean, live = false): HTMLElement {
  const fig = document.createElement('figure');
  fig.className = big ? 'share-qr share-qr-big' : 'share-qr';
  fig.dataset.url = url;
  const caption = document.createElement('figcaption');
  caption.textContent = live ? '用手机扫码，跟随演示翻页' : big ? '用手机扫码，打开本幻灯片' : '扫码在手机上查看';
  fig.append(qrSvg(url, `二维码：${url}`), caption);
  if (big) {
    const link = document.createElement('p');
    link.className = 'share-qr-url';
    link.textContent = url;
    fig.append(link);
  }
  return fig;
}

/** What Q shows: while live (npm run live) the audience URL the server announced, else the share link. */
function shareBody(target: string | null, settingsFile: string): Node[] {
  const liveUrl = liveStatus.get()?.url ?? null;
  if (liveUrl) return [figure(liveUrl, true, true)];
  if (target) return [figure(target, true)];
  const p = document.createElement('p');
  p.className = 'share-qr-missing';
  p.textContent = `尚未设置分享链接：请在 ${settingsFile} 中填写 shareUrl 后重新构建。/ No share URL: set shareUrl in ${settingsFile} and rebuild.`;
  return [p];
}

const cleanup = new Cleanup();

export const share: DeckFeature = {
  name: 'share',
  bind(app: DeckApp) {
    const target = shareTarget(String(import.meta.env.VITE_SHARE_URL ?? '') || app.deck.settings.shareUrl);
    if (target) {
      for (const slot of document.querySelectorAll<HTMLElement>('section[data-kind="closing"] .closing-extra')) {
        if (!slot.querySelector('.share-qr')) cleanup.element(slot.appendChild(figure(target, false)));
      }
    }
    if (viewMode !== 'deck') return;
    const overlay = buildOverlay(app.overlays, app.reveal.getRevealElement() ?? document.body, {
      id: 'share',
      label: '分享二维码',
      kind: 'menu',
      title: () => (liveStatus.get()?.url ? '扫码跟随演示' : '分享本幻灯片'),
      body: () => shareBody(target, app.settingsFile),
    });
    cleanup.add(() => overlay.destroy());
    cleanup.add(app.keys.handle('share', () => overlay.toggle()));
  },
  destroy() {
    cleanup.run();
  },
};
