/**
 * The live client, loaded (a chunk of its own) only by pages that index.ts
 * found to be live: presenter and audience.
 *
 * Presenter: publishes slide, fragment and black/white screen on every change
 * (and again on reconnect). Audience: follows, with a 跟随中 chip; moving by
 * hand (keys on a desktop, scrolling on a phone) pauses following and the chip
 * becomes 回到当前页.
 */
import './live.css';
import type { DeckApp } from '../../app.ts';
import { blank } from '../blackout.ts';
import type { Cleanup } from '../cleanup.ts';
import { scrollToSlide } from '../phone.ts';
import { showToast } from '../toast.ts';
import { LiveConnection, type LiveStatus, type SocketLike } from './connection.ts';
import { LIVE_PATH, MAX_FRAGMENT, type LiveState } from './protocol.ts';
import { liveStatus } from './status.ts';

function socketUrl(): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${LIVE_PATH}`;
}

/** The browser's WebSocket behind the small interface LiveConnection uses. */
function openSocket(url: string): SocketLike {
  const ws = new WebSocket(url);
  const s: SocketLike = {
    get readyState() {
      return ws.readyState;
    },
    send: (d) => ws.send(d),
    close: (code, reason) => ws.close(code, reason),
    onopen: null,
    onmessage: null,
    onclose: null,
    onerror: null,
  };
  ws.onopen = () => s.onopen?.();
  ws.onmessage = (e) => s.onmessage?.({ data: e.data });
  ws.onclose = (e) => s.onclose?.({ code: e.code, reason: e.reason });
  ws.onerror = () => s.onerror?.();
  return s;
}

function presenterState(app: DeckApp): LiveState | null {
  const slide = app.reveal.getCurrentSlide();
  const index = slide ? app.slides.findIndex((s) => s.id === slide.id) : -1;
  if (!slide || index < 0) return null;
  const f = app.reveal.getIndices().f;
  return { id: slide.id, index, f: typeof f === 'number' ? Math.max(-1, Math.min(MAX_FRAGMENT, f)) : -1, blank: blank.current() };
}

function startPresenter(app: DeckApp, key: string, cleanup: Cleanup): void {
  const ids = app.slides.map((s) => s.id);
  let audience = 0;
  let url: string | null = null;
  let connected = false;
  const update = () => liveStatus.set({ connected, audience, url });
  const conn = new LiveConnection(
    { url: socketUrl(), ids, key, open: openSocket },
    {
      welcome(role, audienceUrl) {
        if (role !== 'presenter') return;
        connected = true;
        url = audienceUrl;
        update();
      },
      audience(n) {
        audience = n;
        update();
      },
      status(s: LiveStatus) {
        if (s === 'open') return; // 直播中 once the server has accepted the key (welcome)
        connected = false;
        update();
        if (s === 'denied') {
          liveStatus.set(null);
          showToast('演讲者链接已失效（直播服务已重新启动）：请打开终端里新的演讲者链接。 The presenter link is stale: open the new one printed in the terminal.', 12_000);
        }
      },
    },
  );
  const publish = () => {
    const s = presenterState(app);
    if (s) conn.publish(s);
  };
  cleanup.after(app.reveal, ['slidechanged', 'fragmentshown', 'fragmenthidden', 'paused', 'resumed'], publish);
  update();
  // Loaded after reveal's ready: the slide shown now is the first state to publish.
  publish();
  conn.start();
  cleanup.add(() => {
    conn.stop();
    liveStatus.set(null);
  });
}

function startAudience(app: DeckApp, cleanup: Cleanup): void {
  const ids = app.slides.map((s) => s.id);
  const root = document.body;
  const chip = document.createElement('div');
  chip.className = 'live-chip';
  chip.setAttribute('role', 'status');
  chip.textContent = '跟随中';
  chip.hidden = true;
  const resume = document.createElement('button');
  resume.type = 'button';
  resume.className = 'live-chip';
  resume.dataset.state = 'paused';
  resume.textContent = '回到当前页';
  resume.hidden = true;
  const paused = document.createElement('div');
  paused.className = 'live-paused';
  paused.setAttribute('role', 'status');
  paused.textContent = '演讲者已暂停画面';
  paused.hidden = true;
  root.append(cleanup.element(chip), cleanup.element(resume), cleanup.element(paused));

  let joined = false;
  let online = false;
  let following = true;
  let current: LiveState | null = null;
  /** True while this code moves the deck, so reveal's events then are not taken for the reader's. */
  let applying = false;

  const render = () => {
    document.documentElement.dataset.live = !joined ? 'waiting' : following ? 'following' : 'paused';
    chip.hidden = !joined || !following;
    chip.dataset.state = online ? 'following' : 'offline';
    chip.textContent = online ? '跟随中' : '跟随中 · 正在重新连接';
    resume.hidden = !joined || following;
    paused.hidden = !(following && current?.blank);
  };

  const go = (s: LiveState) => {
    if (app.reveal.isScrollView()) {
      scrollToSlide(s.id);
      return;
    }
    const el = document.getElementById(s.id);
    if (!el) return;
    const { h, v } = app.reveal.getIndices(el);
    applying = true;
    try {
      app.reveal.slide(h, v ?? 0, s.f);
    } finally {
      applying = false;
    }
  };

  const pause = () => {
    if (!joined || !following) return;
    following = false;
    render();
  };

  resume.addEventListener('click', () => {
    following = true;
    render();
    if (current) go(current);
  });

  // Desktop: a slide or fragment change this code did not make is the reader's own.
  for (const ev of ['slidechanged', 'fragmentshown', 'fragmenthidden']) {
    cleanup.on(app.reveal, ev, () => {
      if (!applying && !app.reveal.isScrollView()) pause();
    });
  }
  // Phone: reveal reports slides as the page scrolls, smooth scrolls included; only the reader's own input counts.
  const byHand = () => {
    if (app.reveal.isScrollView()) pause();
  };
  cleanup.listen(window, 'wheel', byHand, { passive: true });
  cleanup.listen(window, 'touchmove', byHand, { passive: true });
  // The reading layout's arrow and page keys (keys.ts).
  cleanup.add(app.keys.handle('reader-moved', pause));

  const conn = new LiveConnection(
    { url: socketUrl(), ids, key: null, open: openSocket },
    {
      welcome() {
        joined = true;
        render();
      },
      state(s) {
        current = s;
        // For tests and tools: the slide the presenter is on, whether or not this page follows.
        document.documentElement.dataset.liveSlide = `${s.id}/${s.f}`;
        if (following) go(s);
        render();
      },
      status(s) {
        online = s === 'open';
        if (joined) render();
      },
    },
  );
  conn.start();
  cleanup.add(() => {
    conn.stop();
    delete document.documentElement.dataset.live;
    delete document.documentElement.dataset.liveSlide;
  });
}

/** Connects this page once reveal is ready: as the presenter when it holds the key, else as audience. */
export function startLive(app: DeckApp, key: string | null, cleanup: Cleanup): void {
  if (app.reveal.isPrintView()) return;
  if (key) startPresenter(app, key, cleanup);
  else startAudience(app, cleanup);
}
