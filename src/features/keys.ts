/**
 * The presenting keys: which keys this deck answers to (for the help
 * overlay, in Chinese) and which of them our own controllers handle before
 * reveal.js sees them. Navigation, F, G, O and Esc stay with reveal.js.
 * Free for other features: E (export menu), T is the chart data table.
 */

/** Actions handled by our controllers rather than by reveal.js's keyboard. */
export type OwnAction = 'black' | 'white' | 'speaker' | 'help' | 'toc' | 'fullscreen';

export interface KeyLike {
  readonly key: string;
  readonly code?: string;
  readonly shiftKey?: boolean;
  readonly ctrlKey?: boolean;
  readonly altKey?: boolean;
  readonly metaKey?: boolean;
}

const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'Fn', 'OS']);

/** A modifier pressed on its own: never counts as "the next key". */
export function isModifierOnly(e: KeyLike): boolean {
  return MODIFIER_KEYS.has(e.key);
}

/** The letter a key stands for; falls back to the physical key when an input method hides it ("Process"). */
function letter(e: KeyLike): string {
  if (e.key.length === 1) return e.key.toLowerCase();
  if ((e.key === 'Process' || e.key === 'Unidentified') && e.code) {
    if (/^Key[A-Z]$/.test(e.code)) return e.code.slice(3).toLowerCase();
    if (e.code === 'Period') return '.';
    if (e.code === 'Slash') return e.shiftKey ? '?' : '/';
  }
  return e.key;
}

/** The action for a key press, or null when reveal.js (or nobody) should handle it. */
export function ownActionFor(e: KeyLike): OwnAction | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  // Clickers' "start slideshow" button sends F5 / Shift+F5: full screen instead of a reload mid-meeting.
  if (e.key === 'F5') return 'fullscreen';
  if (e.key === 'F1') return 'help';
  const k = letter(e);
  if (k === '?' || k === '？') return 'help';
  if (e.shiftKey) return null;
  switch (k) {
    case 'b':
    case '.':
    case '。':
      return 'black';
    case 'w':
      return 'white';
    case 's':
      return 'speaker';
    case 'm':
      return 'toc';
    case 'f':
      return 'fullscreen';
    default:
      return null;
  }
}

export interface HelpEntry {
  /** Key caps as shown, e.g. ['→', '空格', 'PageDown']. */
  readonly keys: readonly string[];
  readonly what: string;
}

export interface HelpGroup {
  readonly title: string;
  readonly entries: HelpEntry[];
}

/** The help overlay's content. Other features add their keys with `addHelpEntry`. */
export const helpGroups: HelpGroup[] = [
  {
    title: '翻页（翻页笔可用）',
    entries: [
      { keys: ['→', '↓', '空格', 'PageDown'], what: '下一步' },
      { keys: ['←', '↑', 'PageUp'], what: '上一步' },
      { keys: ['Home'], what: '第一页' },
      { keys: ['End'], what: '最后一页' },
      { keys: ['G'], what: '跳到指定页：输入页码或页面上的文字，回车' },
    ],
  },
  {
    title: '屏幕',
    entries: [
      { keys: ['B', '.'], what: '黑屏，按任意键恢复' },
      { keys: ['W'], what: '白屏，按任意键恢复' },
      { keys: ['F', 'F5'], what: '全屏；再按一次或按 Esc 退出全屏' },
      { keys: ['Esc', 'O'], what: '总览全部页面，再按一次返回' },
    ],
  },
  {
    title: '讲话',
    entries: [
      { keys: ['S'], what: '演讲者视图：当前页、下一页、讲稿、计时' },
      { keys: ['M'], what: '目录：跳到讲话的各个部分' },
      { keys: ['?'], what: '显示或关闭本帮助' },
    ],
  },
];

/** Lets another feature list its key on the help overlay (e.g. T for the chart data table). */
export function addHelpEntry(groupTitle: string, entry: HelpEntry): void {
  let group = helpGroups.find((g) => g.title === groupTitle);
  if (!group) {
    group = { title: groupTitle, entries: [] };
    helpGroups.push(group);
  }
  if (!group.entries.some((e) => e.keys.join() === entry.keys.join())) group.entries.push(entry);
}
