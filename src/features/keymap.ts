/**
 * The one keyboard listener of the deck, driven by the table in keys.ts.
 * It listens on `window` in the capture phase, so it sees every key before
 * reveal.js (on `document`) and before any element; what it takes, nobody
 * else sees. Features attach what their actions do with `handle`, and
 * detach it when destroyed; an action nobody handles is skipped, and left
 * off the help.
 */
import { isModifierOnly, KEYS, type HelpLine, type KeyAction, type KeyBinding, type KeyLike, type Mode } from './keys.ts';

export interface KeyEvent extends KeyLike {
  readonly repeat?: boolean;
  readonly defaultPrevented?: boolean;
  preventDefault(): void;
  stopImmediatePropagation(): void;
}

export interface KeyHandler {
  /** Whether the action applies now (e.g. T on a slide with a data table); when not, the key goes on down the table. */
  applies?(e: KeyEvent): boolean;
  run(e: KeyEvent): void;
}

export interface HelpGroup {
  readonly title: string;
  readonly entries: readonly HelpLine[];
}

/** What decides the mode, in keys.ts's order of precedence. */
export interface ModeFacts {
  readonly typing: boolean;
  readonly paused: boolean;
  readonly overlay: 'dialog' | 'menu' | null;
  readonly print: boolean;
  readonly scroll: boolean;
}

export function modeOf(f: ModeFacts): Mode {
  if (f.typing) return 'typing';
  if (f.paused) return 'blank';
  if (f.overlay === 'dialog') return 'overlay';
  if (f.overlay === 'menu') return 'menu';
  if (f.print) return 'print';
  return f.scroll ? 'reading' : 'presenting';
}

/** A text field has the focus: its keys are the user's typing. */
export function isTyping(el: Element | null): boolean {
  return !!el && ((el as HTMLElement).isContentEditable || /^(input|textarea|select)$/i.test(el.tagName));
}

export class KeyMap {
  private readonly handlers = new Map<KeyAction, KeyHandler>();

  constructor(readonly table: readonly KeyBinding[] = KEYS) {}

  /** Attaches what `action` does; returns the way to detach it. */
  handle(action: KeyAction, handler: KeyHandler | (() => void)): () => void {
    const h: KeyHandler = typeof handler === 'function' ? { run: handler } : handler;
    this.handlers.set(action, h);
    return () => {
      if (this.handlers.get(action) === h) this.handlers.delete(action);
    };
  }

  /**
   * Looks the key up in the mode `mode()` reports and acts. Returns the
   * actions taken, in order (for tests); none means the key went on to
   * reveal.js untouched.
   */
  dispatch(e: KeyEvent, mode: () => Mode): KeyAction[] {
    const taken: KeyAction[] = [];
    if (e.defaultPrevented || isModifierOnly(e)) return taken;
    for (;;) {
      const now = mode();
      // reveal.js's own keys list only the speaker view's mode: never taken from reveal.js in the deck window.
      const binding = this.table.find((b) => !taken.includes(b.action) && b.modes.includes(now) && b.match(e) && this.accepts(b.action, e));
      if (!binding) return taken;
      taken.push(binding.action);
      if (!e.repeat || binding.repeat) this.handlers.get(binding.action)?.run(e);
      const then = binding.then ?? 'swallow';
      if (then === 'pass') continue;
      if (then === 'swallow') e.preventDefault();
      e.stopImmediatePropagation();
      return taken;
    }
  }

  /** The help overlay's content: every key reveal.js handles or a feature has attached, by group. */
  helpGroups(): HelpGroup[] {
    const groups: { title: string; entries: HelpLine[] }[] = [];
    for (const b of this.table) {
      if (!b.help || !(b.byReveal || this.handlers.has(b.action))) continue;
      let g = groups.find((x) => x.title === b.help!.group);
      if (!g) groups.push((g = { title: b.help.group, entries: [] }));
      g.entries.push(b.help);
    }
    return groups;
  }

  /** The keys that act in `mode`, in the table's order, for a one-line hint (the speaker view's footer). */
  helpFor(mode: Mode): HelpLine[] {
    return this.table.filter((b) => b.help && b.modes.includes(mode) && this.handlers.has(b.action)).map((b) => b.help!);
  }

  /** The single listener: on `target`'s capture phase, before reveal.js. Returns the way to remove it. */
  listen(target: Window, mode: () => Mode): () => void {
    const fn = (e: KeyboardEvent) => void this.dispatch(e, mode);
    target.addEventListener('keydown', fn, true);
    return () => target.removeEventListener('keydown', fn, true);
  }

  private accepts(action: KeyAction, e: KeyEvent): boolean {
    const h = this.handlers.get(action);
    return !!h && (h.applies?.(e) ?? true);
  }
}
