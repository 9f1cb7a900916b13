/**
 * The deck window's side of the speaker view: opens it on S, tells it the
 * whole state after every change, obeys its commands, and keeps the
 * presentation clock (in sessionStorage, so a reload of the deck keeps time).
 */
import type { DeckApp } from '../../app.ts';
import { blank } from '../blackout.ts';
import { deckWindowFeature } from '../deck-window-feature.ts';
import { liveStatus } from '../live/status.ts';
import { accrue, atPart, idleClock, parseClock, resetClock, startClock, toggleClock, type ClockState } from '../pacing.ts';
import { urlForView } from '../view-mode.ts';
import { showToast } from '../toast.ts';
import { CHANNEL, isMessage, message, trustedOrigin, type Command, type DeckState, type Message } from './protocol.ts';
import type { PartKey } from '../../model/types.ts';

const CLOCK_KEY = 'deck-speaker-clock';
const WINDOW_NAME = 'deck-speaker';

let app: DeckApp | null = null;
let popup: Window | null = null;
/** Whoever said hello last: the popup, or a speaker view that outlived a reload of this window. */
let speaker: MessageEventSource | null = null;
let channel: BroadcastChannel | null = null;
let clock: ClockState = idleClock;
const seen: string[] = [];

function storage(): Storage | null {
  try {
    return sessionStorage;
  } catch {
    return null; // storage can be disabled for pages from disk
  }
}

function saveClock(): void {
  try {
    storage()?.setItem(CLOCK_KEY, JSON.stringify(clock));
  } catch {
    /* full or disabled: the clock still runs in memory */
  }
}

function currentPart(): PartKey | null {
  return (app?.reveal.getCurrentSlide()?.dataset.part as PartKey | undefined) ?? null;
}

function snapshot(a: DeckApp): DeckState {
  const r = a.reveal;
  const slide = r.getCurrentSlide();
  const indices = r.getIndices();
  const frags = slide ? slide.querySelectorAll('.fragment') : [];
  const shown = slide ? slide.querySelectorAll('.fragment.visible').length : 0;
  clock = accrue(clock, Date.now());
  return {
    index: slide ? r.getSlides().indexOf(slide) : 0,
    total: r.getTotalSlides(),
    slideId: slide?.id ?? '',
    h: indices.h,
    v: indices.v ?? 0,
    f: typeof indices.f === 'number' ? indices.f : -1,
    fragments: { shown, total: frags.length },
    blank: blank.current(),
    overview: r.isOverview(),
    aspect: document.documentElement.dataset.aspect === '4x3' ? '4x3' : '16x9',
    clock,
    live: liveStatus.get(),
  };
}

function send(msg: Message): void {
  if (popup?.closed) popup = null;
  const targets = new Set<MessageEventSource>();
  if (popup) targets.add(popup);
  if (speaker && !(speaker as Window).closed) targets.add(speaker);
  for (const t of targets) {
    try {
      (t as Window).postMessage(msg, '*');
    } catch {
      /* the window went away between the check and the call */
    }
  }
  channel?.postMessage(msg);
}

function broadcast(): void {
  if (!app || (!popup && !speaker && !channel)) return;
  send(message({ kind: 'state', state: snapshot(app) }));
}

function run(command: Command): void {
  if (!app) return;
  const r = app.reveal;
  const now = Date.now();
  if (command.type === 'clock') {
    clock = command.op === 'toggle' ? toggleClock(clock, now) : resetClock(clock, now);
    saveClock();
    broadcast();
    return;
  }
  if (command.type === 'blank') {
    blank.toggle(command.mode);
    return;
  }
  // As with the keys: while the screen is blank, the next press only brings the slide back.
  if (blank.current()) {
    blank.restore();
    if (command.type !== 'goto') return;
  }
  switch (command.type) {
    case 'next':
      r.next();
      break;
    case 'prev':
      r.prev();
      break;
    case 'first':
      r.slide(0);
      break;
    case 'last':
      r.slide(r.getHorizontalSlides().length - 1);
      break;
    case 'goto':
      r.slide(command.index, 0, 0);
      break;
  }
}

function receive(data: unknown, source: MessageEventSource | null): void {
  if (!isMessage(data)) return;
  if (data.kind === 'hello') {
    if (source) speaker = source;
    // The clock starts when the speaker view first connects.
    if (data.first && !clock.running && clock.elapsed === 0) {
      clock = startClock(atPart(clock, Date.now(), currentPart()), Date.now());
      saveClock();
    }
    broadcast();
  } else if (data.kind === 'command') {
    if (seen.includes(data.id)) return;
    seen.push(data.id);
    if (seen.length > 50) seen.shift();
    run(data.command);
  }
}

export const speakerHost = {
  /** Opens the speaker view, or brings it to the front. */
  open(): void {
    // The popup, or a speaker view that said hello after this window was reloaded.
    const existing = popup && !popup.closed ? popup : (speaker as Window | null);
    if (existing && !existing.closed && typeof existing.focus === 'function') {
      existing.focus();
      return;
    }
    popup = window.open(urlForView(location.href, 'speaker'), WINDOW_NAME, 'popup,width=1280,height=800');
    if (!popup) showToast('浏览器拦截了演讲者视图窗口：请允许本页打开弹出窗口，再按 S。 The browser blocked the speaker window: allow pop-ups for this page, then press S again.');
  },
};

export const speakerHostFeature = deckWindowFeature('speaker-host', {
  bind(a, cleanup) {
    app = a;
    cleanup.add(() => (app = null));
    clock = parseClock(storage()?.getItem(CLOCK_KEY) ?? null);
    cleanup.add(a.keys.handle('speaker', () => speakerHost.open()));
    cleanup.listen(window, 'message', (e) => {
      if (!trustedOrigin(e.origin, location.origin)) return;
      receive(e.data, e.source);
    });
    if (typeof BroadcastChannel === 'function') {
      const ch = new BroadcastChannel(CHANNEL);
      ch.onmessage = (e) => receive(e.data, null);
      channel = ch;
      cleanup.add(() => {
        ch.close();
        channel = null;
      });
    }
    const onMove = () => {
      clock = atPart(clock, Date.now(), currentPart());
      saveClock();
      broadcast();
    };
    cleanup.add(liveStatus.subscribe(broadcast));
    cleanup.after(a.reveal, ['slidechanged', 'fragmentshown', 'fragmenthidden', 'paused', 'resumed', 'overviewshown', 'overviewhidden', 'ready'], onMove);
    cleanup.listen(window, 'pagehide', () => {
      saveClock();
      send(message({ kind: 'bye' }));
    });
  },
});
