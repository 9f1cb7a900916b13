/**
 * The speaker view (`?speaker`): current and next slide, the speech text of
 * the current slide in large type, elapsed time, the clock and the pace per
 * part. It renders no deck of its own: the previews are `?preview` frames of
 * this same page, and all it knows of the deck window comes in messages.
 */
import './speaker.css';
import { notesFor } from '../../model/notes.ts';
import { slideCaption, type ShownModel } from '../../model/shown.ts';
import { installThemeCss } from '../../theme/css.ts';
import { markDeckReady } from '../../readiness-contract.ts';
import { expectedAt, formatDuration, pace, paceLabel, plan, readClock } from '../pacing.ts';
import { partAt, partsOf } from '../parts.ts';
import { urlForView } from '../view-mode.ts';
import { checkListPanel } from './check-list.ts';
import { CHANNEL, isMessage, message, trustedOrigin, type Command, type DeckState, type Message } from './protocol.ts';
import { keyHint, speakerKeys, speakerMode } from './speaker-keys.ts';

const FONT_KEY = 'deck-speaker-font';
const FONT_MIN = 20;
const FONT_MAX = 60;
/** No word from the deck window for this long: say so. */
const STALE_MS = 3500;

/** An element with its class and its content: text, or the elements it holds, in order. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls = '', ...content: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  e.append(...content);
  return e;
}

/** A button that is never a form's submit; `title` says what it does where the label is a symbol. */
function button(cls: string, label = '', title = ''): HTMLButtonElement {
  const b = label ? el('button', cls, label) : el('button', cls);
  b.type = 'button';
  if (title) b.title = title;
  return b;
}

function readFont(): number {
  try {
    const n = Number(localStorage.getItem(FONT_KEY));
    if (n >= FONT_MIN && n <= FONT_MAX) return n;
  } catch {
    /* storage disabled */
  }
  return 32;
}

/** Boots the speaker view; main.ts hands it the same typed deck and speech the deck window renders, and the deck's settings file. */
// async so that a throw while booting becomes a rejection, which main.ts shows as the fatal-error page.
// eslint-disable-next-line @typescript-eslint/require-await
export async function startSpeakerView({ deck, speech, slides }: ShownModel, settingsFile: string): Promise<void> {
  installThemeCss();
  const parts = partsOf(deck, speech);
  const plans = plan(
    parts.map((p) => ({ part: p.part, slides: p.slides })),
    deck.settings.pacingMinutes,
  );
  const totalPlanned = plans.length ? plans[plans.length - 1].end : 0;

  document.title = `演讲者视图 · ${deck.settings.meetingTitle}`;
  document.documentElement.dataset.view = 'speaker';
  document.querySelector('.reveal')?.remove();

  // ---- layout -------------------------------------------------------------
  const partName = el('span', 'sp-part');
  const count = el('span', 'sp-count');
  const status = el('div', 'sp-status');
  status.setAttribute('role', 'status');
  const timeBox = (cls: string, label: string, initial: string) => {
    const value = el('b', 'sp-time-value', initial);
    return [el('div', `sp-time ${cls}`, el('span', 'sp-time-label', label), value), value] as const;
  };
  const [elapsedBox, elapsedValue] = timeBox('sp-elapsed', '已用', '0:00');
  const [clockBox, clockValue] = timeBox('sp-clock', '时钟', '');
  const clockToggle = button('sp-button', '暂停计时');
  const clockReset = button('sp-button', '重新计时');
  const paceNow = el('p', 'sp-pace');
  const partBudget = el('p', 'sp-part-budget');
  const top = el(
    'header',
    'sp-top',
    el('div', 'sp-where', partName, count),
    status,
    el('div', 'sp-pacing', paceNow, partBudget),
    el('div', 'sp-times', elapsedBox, clockBox, clockToggle, clockReset),
  );
  const strip = el('ol', 'sp-strip');
  strip.setAttribute('aria-label', '各部分建议时长与已用时间（点击跳转）');

  const frame = (cls: string, caption: string) => {
    const cap = el('figcaption', 'sp-caption', caption);
    const iframe = el('iframe');
    iframe.title = caption;
    iframe.tabIndex = -1;
    iframe.src = urlForView(location.href, 'preview');
    const empty = el('div', 'sp-frame-empty');
    const box = el('div', 'sp-frame', iframe, empty);
    return { fig: el('figure', `sp-preview ${cls}`, cap, box), cap, box, iframe, empty };
  };
  const current = frame('sp-current', '当前页');
  const next = frame('sp-next', '下一页');

  const fragmentsLeft = el('span', 'sp-fragments');
  const fontDown = button('sp-button', 'A−', '字号减小（−）');
  const fontUp = button('sp-button', 'A+', '字号增大（+）');
  const notesText = el('div', 'sp-notes-text');
  notesText.tabIndex = 0;
  notesText.dataset.speakerNotes = '';
  const body = el(
    'main',
    'sp-body',
    el('section', 'sp-slides', current.fig, next.fig),
    el('section', 'sp-notes', el('div', 'sp-notes-head', el('h2', 'sp-notes-title', '讲稿'), fragmentsLeft, fontDown, fontUp), notesText),
  );

  // The key hint follows once the keys are attached (controls, below).
  const foot = el('footer', 'sp-keys');
  const checkList = checkListPanel(deck.settings, deck.checks, settingsFile);
  if (checkList) foot.append(checkList);
  const root = el('div', 'speaker', top, strip, body, foot);
  document.body.replaceChildren(root);

  // The pace strip, built once: one segment per part, as wide as its suggested minutes; a click sends the deck window there.
  const partRows = new Map<string, { row: HTMLElement; spent: HTMLElement; bar: HTMLElement }>();
  for (const p of parts) {
    const pl = plans.find((x) => x.part === p.part);
    const go = button('sp-seg-go', '', `${p.title}：建议 ${pl?.minutes ?? 0} 分钟（点击跳到这一部分）`);
    go.addEventListener('click', () => command({ type: 'goto', index: p.first }));
    const spent = el('span', 'sp-seg-time');
    const bar = el('span', 'sp-seg-bar');
    go.append(el('span', 'sp-seg-name', p.numeral ?? (p.part === 'open' ? '开' : '结')), spent, bar);
    const row = el('li', 'sp-seg', go);
    row.dataset.part = p.part;
    row.style.flexGrow = String(Math.max(1, pl?.minutes ?? 1));
    strip.append(row);
    partRows.set(p.part, { row, spent, bar });
  }

  // ---- transport ----------------------------------------------------------
  // Opened with S: talk to that window only (another tab of the deck may be open too).
  // Opened by hand: find the deck over BroadcastChannel.
  const opener = window.opener as Window | null;
  const channel = !opener && typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  const send = (msg: Message) => {
    if (opener && !opener.closed) opener.postMessage(msg, '*');
    else channel?.postMessage(msg);
  };
  let seq = 0;
  const command = (c: Command) => send(message({ kind: 'command', id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${seq++}`, command: c }));

  let state: DeckState | null = null;
  let lastHeard = 0;
  let goneAway = false;
  const previewReady = new Set<Window>();
  const lastShown = new Map<Window, string>();

  const show = (target: { iframe: HTMLIFrameElement; empty: HTMLElement }, h: number | null, v = 0, f = -1) => {
    const win = target.iframe.contentWindow;
    target.empty.hidden = h !== null;
    target.iframe.style.visibility = h === null ? 'hidden' : '';
    if (!win || h === null || !previewReady.has(win)) return;
    const key = `${h}/${v}/${f}`;
    if (lastShown.get(win) === key) return;
    lastShown.set(win, key);
    win.postMessage(message({ kind: 'show', h, v, f }), '*');
  };

  const renderPreviews = () => {
    if (!state) return;
    root.dataset.aspect = state.aspect;
    if (state.blank) root.dataset.blank = state.blank;
    else delete root.dataset.blank;
    show(current, state.h, state.v, state.f);
    const nextIndex = state.index + 1 < state.total ? state.index + 1 : null;
    next.empty.textContent = '已是最后一页';
    // The next slide fully built, so the speaker sees everything it will say.
    show(next, nextIndex, 0, Number.MAX_SAFE_INTEGER);
  };

  let shownSlide = '';
  const renderSlide = () => {
    if (!state) return;
    const index = slides.findIndex((s) => s.id === state!.slideId);
    const slide = slides[index];
    const at = partAt(parts, index);
    partName.textContent = at ? (at.info.numeral ? `第${at.info.numeral}部分 · ${at.info.short}` : at.info.title) : '';
    count.textContent = `${state.index + 1} / ${state.total}`;
    const remaining = state.fragments.total - state.fragments.shown;
    fragmentsLeft.textContent = remaining > 0 ? `本页还有 ${remaining} 项未显示` : '';
    current.cap.textContent = slide ? `当前页 · ${slideCaption(slide, speech)}` : '当前页';
    const upcoming = slides[index + 1];
    next.cap.textContent = upcoming ? `下一页 · ${slideCaption(upcoming, speech)}` : '下一页';
    if (slide && slide.id !== shownSlide) {
      shownSlide = slide.id;
      const paras = notesFor(slide, speech);
      notesText.replaceChildren(
        ...paras.map((p) => {
          const para = el('p', 'sp-para', p.text);
          para.dataset.paragraph = p.id;
          return para;
        }),
      );
      if (!paras.length) notesText.append(el('p', 'sp-para sp-para-empty', '本页没有对应的讲稿段落。'));
      notesText.scrollTop = 0;
    }
    for (const [part, r] of partRows) r.row.toggleAttribute('data-current', part === at?.info.part);
    renderPreviews();
  };

  const renderStatus = () => {
    const badges: string[] = [];
    if (!state) badges.push(opener || channel ? '正在连接幻灯片窗口…' : '未连接幻灯片窗口');
    else if (goneAway || Date.now() - lastHeard > STALE_MS) badges.push('幻灯片窗口已关闭或未响应');
    if (state?.blank === 'black') badges.push('黑屏中 · 按任意翻页键恢复');
    if (state?.blank === 'white') badges.push('白屏中 · 按任意翻页键恢复');
    if (state?.overview) badges.push('总览模式');
    if (state?.live) badges.push(state.live.connected ? `直播中 · 观众 ${state.live.audience} 台设备${state.live.url ? ` · ${state.live.url}` : ''}` : '直播连接中断 · 正在重新连接');
    status.replaceChildren(...badges.map((b) => el('span', 'sp-badge', b)));
    status.hidden = badges.length === 0;
  };

  const renderTime = () => {
    const now = Date.now();
    clockValue.textContent = new Date(now).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false });
    renderStatus();
    if (!state) return;
    const { elapsed, perPart } = readClock(state.clock, now);
    elapsedValue.textContent = formatDuration(elapsed);
    clockToggle.textContent = state.clock.running ? '暂停计时' : '继续计时';
    elapsedBox.dataset.running = String(state.clock.running);
    const index = slides.findIndex((s) => s.id === state!.slideId);
    const at = partAt(parts, index);
    if (at) {
      const p = pace(elapsed, expectedAt(plans, at.info.part, at.indexInPart));
      paceNow.textContent = paceLabel(p);
      paceNow.dataset.status = p.status;
      const pl = plans.find((x) => x.part === at.info.part);
      const spentHere = perPart[at.info.part] ?? 0;
      if (pl && pl.minutes > 0) {
        const left = pl.end - pl.start - spentHere;
        partBudget.textContent = `本部分建议 ${pl.minutes} 分钟，${left >= 0 ? `还剩 ${formatDuration(left)}` : `已超出 ${formatDuration(-left)}`} · 全程 ${Math.round(totalPlanned / 60_000)} 分钟`;
        partBudget.dataset.over = String(left < 0);
      }
    }
    for (const pl of plans) {
      const r = partRows.get(pl.part);
      if (!r) continue;
      const spent = perPart[pl.part] ?? 0;
      r.spent.textContent = `${formatDuration(spent)} / ${pl.minutes}分`;
      const budget = pl.end - pl.start;
      const share = budget > 0 ? spent / budget : 0;
      r.bar.style.width = `${Math.min(100, share * 100)}%`;
      r.row.toggleAttribute('data-over', share > 1);
    }
  };

  const receive = (data: unknown, source: MessageEventSource | null) => {
    if (!isMessage(data)) return;
    if (data.kind === 'preview-ready') {
      const win = source as Window | null;
      if (win) {
        previewReady.add(win);
        lastShown.delete(win);
        renderPreviews();
      }
      return;
    }
    if (data.kind === 'bye') {
      goneAway = true;
      renderStatus();
      return;
    }
    if (data.kind !== 'state') return;
    state = data.state;
    lastHeard = Date.now();
    goneAway = false;
    renderSlide();
    renderTime();
  };

  addEventListener('message', (e) => {
    if (!trustedOrigin(e.origin, location.origin)) return;
    receive(e.data, e.source);
  });
  if (channel) channel.onmessage = (e) => receive(e.data, null);

  // ---- controls -----------------------------------------------------------
  let font = readFont();
  const applyFont = (n: number) => {
    font = Math.min(FONT_MAX, Math.max(FONT_MIN, n));
    notesText.style.fontSize = `${font}px`;
    try {
      localStorage.setItem(FONT_KEY, String(font));
    } catch {
      /* storage disabled */
    }
  };
  applyFont(font);
  fontDown.addEventListener('click', () => applyFont(font - 2));
  fontUp.addEventListener('click', () => applyFont(font + 2));
  clockToggle.addEventListener('click', () => command({ type: 'clock', op: 'toggle' }));
  clockReset.addEventListener('click', () => command({ type: 'clock', op: 'reset' }));

  // A clicked button gives the focus back, so the clicker's keys keep driving the slides.
  root.addEventListener('click', (e) => (e.target as Element | null)?.closest('button')?.blur());

  // The deck's key table in the speaker's mode; the keys it takes (Space and arrows would scroll the speech text) go no further.
  const keys = speakerKeys({ command, notesLarger: () => applyFont(font + 2), notesSmaller: () => applyFont(font - 2) });
  keys.listen(window, speakerMode);
  foot.append(`${keyHint(keys)} · 点击部分名称跳转`);

  // Heartbeat: tells a reloaded deck window where we are and keeps the state fresh.
  let first = true;
  const hello = () => {
    send(message({ kind: 'hello', first }));
    first = false;
  };
  hello();
  setInterval(hello, 1000);
  setInterval(renderTime, 500);
  renderTime();
  markDeckReady();
}
