/**
 * Every key the deck answers to, in one table: what it matches (with the
 * input-method fallback), the action it names, when it applies, and how the
 * help overlay lists it. keymap.ts dispatches from this table with a single
 * listener; the help overlay lists from it. The feature that owns an action
 * supplies what it does (KeyMap.handle); keys reveal.js handles itself are
 * here for the help and left to reveal. The speaker view's window reads the
 * same table (mode 'speaker'), so a key means the same in both windows.
 */

export interface KeyLike {
  readonly key: string;
  readonly code?: string;
  readonly shiftKey?: boolean;
  readonly ctrlKey?: boolean;
  readonly altKey?: boolean;
  readonly metaKey?: boolean;
}

/**
 * What the deck is doing when a key arrives; one at a time, computed in this
 * order of precedence (keymap.ts `modeOf`):
 * - typing: focus is in a text field (reveal's G box);
 * - blank: black or white screen, the next key only brings the slide back;
 * - overlay: help or 目录 open, any key it does not use closes it and goes on;
 * - menu: export or share open, which keep Tab/Enter for their buttons;
 * - print: the print view (?print-pdf);
 * - reading: the phone reading layout (reveal's scroll view);
 * - presenting: the deck itself;
 * - speaker: the speaker view's own window (speaker/window.ts), which has no
 *   reveal.js: its keys send commands to the deck window.
 */
export type Mode = 'typing' | 'blank' | 'overlay' | 'menu' | 'print' | 'reading' | 'presenting' | 'speaker';

/** Names of what keys do. Those in RevealAction are reveal.js's own. */
export type RevealAction = 'next' | 'prev' | 'first' | 'last' | 'jump' | 'overview';
export type OwnAction =
  | 'restore'
  | 'close-overlay'
  | 'dismiss-overlay'
  | 'leave-menu'
  | 'toc-part'
  | 'toc-move'
  | 'toc-press'
  | 'table-close'
  | 'exit-fullscreen'
  | 'jump-go'
  | 'reader-moved'
  | 'black'
  | 'white'
  | 'fullscreen'
  | 'speaker'
  | 'toc'
  | 'help'
  | 'table'
  | 'share'
  | 'export'
  | 'notes-larger'
  | 'notes-smaller';
export type KeyAction = RevealAction | OwnAction;

export interface HelpLine {
  readonly group: string;
  /** Key caps as shown, e.g. ['→', '空格', 'PageDown']. */
  readonly keys: readonly string[];
  readonly what: string;
  /** A shorter name for the speaker view's one-line key hint (default: what). */
  readonly short?: string;
}

export interface KeyBinding {
  readonly action: KeyAction;
  readonly match: (e: KeyLike) => boolean;
  /** The modes it applies in. */
  readonly modes: readonly Mode[];
  /**
   * reveal.js does it in the deck window: listed in the deck's help, and
   * dispatched by us only in `modes`, which name no mode of the deck window
   * (the speaker view, where no reveal.js runs).
   */
  readonly byReveal?: true;
  readonly help?: HelpLine;
  /**
   * After the action: 'swallow' (the default) stops the key here; 'stop' keeps
   * the browser's default (Enter presses the focused entry) but no listener
   * after us sees it; 'pass' looks the key up again in the mode it leaves
   * behind, and reveal.js gets it when nothing else takes it.
   */
  readonly then?: 'swallow' | 'stop' | 'pass';
  /** Acts on auto-repeat too; otherwise a held key acts once (and is still swallowed). */
  readonly repeat?: true;
}

const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'Fn', 'OS']);

/** A modifier pressed on its own: never counts as "the next key". */
export function isModifierOnly(e: KeyLike): boolean {
  return MODIFIER_KEYS.has(e.key);
}

/** The character a key stands for; falls back to the physical key when an input method hides it ("Process"). */
export function letter(e: KeyLike): string {
  if (e.key.length === 1) return e.key.toLowerCase();
  if ((e.key === 'Process' || e.key === 'Unidentified') && e.code) {
    if (/^Key[A-Z]$/.test(e.code)) return e.code.slice(3).toLowerCase();
    if (/^Digit[0-9]$/.test(e.code)) return e.code.slice(5);
    if (e.code === 'Period') return '.';
    if (e.code === 'Slash') return e.shiftKey ? '?' : '/';
    if (e.code === 'Equal') return e.shiftKey ? '+' : '=';
    if (e.code === 'Minus') return e.shiftKey ? '_' : '-';
  }
  return e.key;
}

const withCommand = (e: KeyLike): boolean => !!(e.ctrlKey || e.altKey || e.metaKey);

/** One of `chars` (letters as lower case), without Ctrl/Alt/Meta, and without Shift unless `shift` allows it. */
function chars(list: readonly string[], shift: 'no' | 'any' = 'no'): (e: KeyLike) => boolean {
  return (e) => !withCommand(e) && (shift === 'any' || !e.shiftKey) && list.includes(letter(e));
}

/** Named keys (e.key), whatever the modifiers, as reveal.js reads them. */
const named =
  (...keys: string[]) =>
  (e: KeyLike): boolean =>
    keys.includes(e.key);

const any = (): boolean => true;

/** Named keys without Ctrl/Alt/Meta (Shift allowed): a clicker's keys, not a browser shortcut (Alt+← is "back"). */
const plain =
  (...keys: string[]) =>
  (e: KeyLike): boolean =>
    !withCommand(e) && keys.includes(e.key);

/** Space goes on, Shift+Space goes back, as in reveal.js. */
const space =
  (shift: boolean) =>
  (e: KeyLike): boolean =>
    e.key === ' ' && !!e.shiftKey === shift && !withCommand(e);

const either =
  (...matches: ((e: KeyLike) => boolean)[]) =>
  (e: KeyLike): boolean =>
    matches.some((m) => m(e));

/** The keys a clicker sends, and the arrows: they close a menu and still move the deck. */
export const NAV_KEYS = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', ' ', 'Home', 'End'];

/** Where our presenting keys work: the deck, the phone layout and over a menu (B with the export menu open still blanks). */
const SHOWING: readonly Mode[] = ['presenting', 'reading', 'menu'];
/** The overlay toggles work over any overlay too: one replaces the other. */
const TOGGLES: readonly Mode[] = [...SHOWING, 'overlay'];

const PAGING = '翻页（翻页笔可用）';
const SCREEN = '屏幕';
const SPEECH = '讲话';
const FILE = '文件';
const NOTES = '讲稿';
/** The speaker view: its paging keys drive the deck window (reveal.js does them in the deck window itself). */
const SPEAKER: readonly Mode[] = ['speaker'];

/**
 * The table. Order is the help overlay's order and, among bindings that
 * match the same key in the same mode, precedence: the first whose owner
 * accepts the key wins.
 */
export const KEYS: readonly KeyBinding[] = [
  // While the screen is blank, every key only brings the slide back.
  { action: 'restore', match: any, modes: ['blank'] },
  // In reveal's G box: Enter runs our lookup (jump.ts), which finds Chinese text.
  { action: 'jump-go', match: named('Enter'), modes: ['typing'], then: 'stop' },
  { action: 'close-overlay', match: named('Escape'), modes: ['overlay', 'menu'] },
  // 目录: digits 1–N jump to part N; ↑/↓ move between entries; Enter and Tab do what they do on a button.
  { action: 'toc-part', match: chars(['1', '2', '3', '4', '5', '6', '7', '8', '9']), modes: ['overlay'] },
  { action: 'toc-move', match: named('ArrowDown', 'ArrowUp'), modes: ['overlay'], repeat: true },
  { action: 'toc-press', match: named('Enter', 'Tab'), modes: ['overlay'], then: 'stop', repeat: true },
  { action: 'leave-menu', match: named(...NAV_KEYS), modes: ['menu'], then: 'pass', repeat: true },
  // Phone reading while live: the reader moving by hand stops following the presenter.
  { action: 'reader-moved', match: (e) => /^(Arrow|Page|Home|End| )/.test(e.key), modes: ['reading'], then: 'pass', repeat: true },
  // Esc closes an open data table first, then leaves full screen; only then is it reveal's overview.
  { action: 'table-close', match: named('Escape'), modes: ['presenting', 'reading'] },
  { action: 'exit-fullscreen', match: named('Escape'), modes: ['presenting', 'reading'] },

  // N and P as in reveal.js; the input-method fallback makes them work in the speaker view with a Chinese input method on.
  { action: 'next', byReveal: true, match: either(plain('ArrowRight', 'ArrowDown', 'PageDown'), space(false), chars(['n'])), modes: SPEAKER, help: { group: PAGING, keys: ['→', '↓', '空格', 'PageDown'], what: '下一步' } },
  { action: 'prev', byReveal: true, match: either(plain('ArrowLeft', 'ArrowUp', 'PageUp'), space(true), chars(['p'])), modes: SPEAKER, help: { group: PAGING, keys: ['←', '↑', 'PageUp'], what: '上一步' } },
  { action: 'first', byReveal: true, match: plain('Home'), modes: SPEAKER, help: { group: PAGING, keys: ['Home'], what: '第一页' } },
  { action: 'last', byReveal: true, match: plain('End'), modes: SPEAKER, help: { group: PAGING, keys: ['End'], what: '最后一页' } },
  { action: 'jump', byReveal: true, match: chars(['g']), modes: [], help: { group: PAGING, keys: ['G'], what: '跳到指定页：输入页码或页面上的文字，回车' } },

  { action: 'black', match: chars(['b', '.', '。']), modes: [...SHOWING, 'speaker'], help: { group: SCREEN, keys: ['B', '.'], what: '黑屏，按任意键恢复', short: '黑屏' } },
  { action: 'white', match: chars(['w']), modes: [...SHOWING, 'speaker'], help: { group: SCREEN, keys: ['W'], what: '白屏，按任意键恢复', short: '白屏' } },
  // Clickers' "start slideshow" button sends F5 / Shift+F5: full screen instead of a reload mid-meeting.
  { action: 'fullscreen', match: (e) => (e.key === 'F5' && !withCommand(e)) || chars(['f'])(e), modes: SHOWING, help: { group: SCREEN, keys: ['F', 'F5'], what: '全屏；再按一次或按 Esc 退出全屏' } },
  { action: 'overview', byReveal: true, match: (e) => e.key === 'Escape' || chars(['o'])(e), modes: [], help: { group: SCREEN, keys: ['Esc', 'O'], what: '总览全部页面，再按一次返回' } },

  { action: 'speaker', match: chars(['s']), modes: SHOWING, help: { group: SPEECH, keys: ['S'], what: '演讲者视图：当前页、下一页、讲稿、计时' } },
  { action: 'toc', match: chars(['m']), modes: TOGGLES, help: { group: SPEECH, keys: ['M'], what: '目录：跳到讲话的各个部分' } },
  { action: 'help', match: (e) => (e.key === 'F1' && !withCommand(e)) || chars(['?', '？'], 'any')(e), modes: TOGGLES, help: { group: SPEECH, keys: ['?'], what: '显示或关闭本帮助' } },
  { action: 'table', match: chars(['t']), modes: SHOWING, help: { group: SPEECH, keys: ['T'], what: '图表页：显示或关闭图表的数据表' } },
  { action: 'share', match: chars(['q'], 'any'), modes: TOGGLES, help: { group: SPEECH, keys: ['Q'], what: '分享二维码：现场观众用手机扫码打开' } },

  { action: 'export', match: chars(['e']), modes: TOGGLES, help: { group: FILE, keys: ['E'], what: '导出：打印或另存为 PDF，下载可编辑的 PowerPoint' } },

  // The speaker view's speech text; one help line names the pair.
  { action: 'notes-larger', match: chars(['+', '='], 'any'), modes: SPEAKER, repeat: true, help: { group: NOTES, keys: ['+', '−'], what: '讲稿字号' } },
  { action: 'notes-smaller', match: chars(['-', '_'], 'any'), modes: SPEAKER, repeat: true },

  // Help or 目录 open and the key is none of the above: close it, and the key does its usual job.
  { action: 'dismiss-overlay', match: any, modes: ['overlay'], then: 'pass', repeat: true },
];
