/**
 * A full-screen panel over the deck (help, 目录, export, share). It traps
 * nothing and keeps the slide behind it: Esc, its key, a click outside or a
 * navigation key closes it (the key table in keys.ts), and focus returns
 * where it was. `buildOverlay` is the one way features make them.
 */
import './overlay.css';

/**
 * 'dialog' (help, 目录): any key it does not use closes it and then does its
 * usual job. 'menu' (export, share): it has buttons to press, so only Esc,
 * its own key and the navigation keys close it.
 */
export type OverlayKind = 'dialog' | 'menu';

/** The deck's overlays: one is open at a time. */
export class Overlays {
  private readonly all = new Set<Overlay>();

  add(overlay: Overlay): void {
    this.all.add(overlay);
  }

  remove(overlay: Overlay): void {
    this.all.delete(overlay);
  }

  get(id: string): Overlay | undefined {
    return [...this.all].find((o) => o.id === id);
  }

  /** The open overlay, or null. */
  current(): Overlay | null {
    return [...this.all].find((o) => o.isOpen()) ?? null;
  }
}

export interface OverlaySpec {
  readonly id: string;
  /** The dialog's accessible name. */
  readonly label: string;
  readonly kind: OverlayKind;
  /** The heading, read each time it opens. */
  readonly title: string | (() => string);
  /** What goes between heading and foot, built each time it opens. */
  readonly body: () => readonly Node[];
  /** The line at the bottom (which keys close it), or null for none, e.g. on a phone. */
  readonly foot?: () => string | null;
  /** What takes the focus on opening; the panel when absent. */
  readonly focus?: (panel: HTMLElement) => HTMLElement | null;
}

export class Overlay {
  readonly id: string;
  readonly kind: OverlayKind;
  readonly element: HTMLElement;
  readonly panel: HTMLElement;
  private returnFocus: Element | null = null;
  private readonly listeners = new Set<(open: boolean) => void>();

  constructor(
    private readonly host: Overlays,
    private readonly spec: OverlaySpec,
  ) {
    this.id = spec.id;
    this.kind = spec.kind;
    this.element = document.createElement('div');
    this.element.className = `deck-overlay deck-overlay-${spec.id}`;
    this.element.hidden = true;
    this.panel = document.createElement('div');
    this.panel.className = 'deck-overlay-panel';
    this.panel.setAttribute('role', 'dialog');
    this.panel.setAttribute('aria-modal', 'true');
    this.panel.setAttribute('aria-label', spec.label);
    this.panel.tabIndex = -1;
    // A touch reader has no Esc: a close button, shown only in the phone reading layout (overlay.css).
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'deck-overlay-close';
    close.setAttribute('aria-label', '关闭');
    close.textContent = '×';
    close.addEventListener('click', () => this.close());
    this.element.append(this.panel, close);
    this.element.addEventListener('click', (e) => {
      if (e.target === this.element) this.close();
    });
    host.add(this);
  }

  isOpen(): boolean {
    return !this.element.hidden;
  }

  /** Calls `fn(open)` after every change; returns the way to stop. */
  onToggle(fn: (open: boolean) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  open(): void {
    if (this.isOpen()) return;
    this.host.current()?.close();
    this.render();
    this.returnFocus = document.activeElement;
    this.element.hidden = false;
    (this.spec.focus?.(this.panel) ?? this.panel).focus({ preventScroll: true });
    for (const fn of this.listeners) fn(true);
  }

  close(): void {
    if (!this.isOpen()) return;
    this.element.hidden = true;
    if (this.returnFocus instanceof HTMLElement && this.returnFocus.isConnected) this.returnFocus.focus({ preventScroll: true });
    else (document.activeElement as HTMLElement | null)?.blur?.();
    for (const fn of this.listeners) fn(false);
  }

  toggle(): void {
    if (this.isOpen()) this.close();
    else this.open();
  }

  /** Takes the overlay off the page and out of its host. */
  destroy(): void {
    this.close();
    this.element.remove();
    this.listeners.clear();
    this.host.remove(this);
  }

  /** Heading, body and foot, fresh: the state they show may have changed since the last time. */
  private render(): void {
    const { title, body, foot } = this.spec;
    const h = document.createElement('h2');
    h.className = 'deck-overlay-title';
    h.textContent = typeof title === 'string' ? title : title();
    const footText = foot?.() ?? null;
    const nodes: Node[] = [h, ...body()];
    if (footText !== null) {
      const p = document.createElement('p');
      p.className = 'deck-overlay-foot';
      p.textContent = footText;
      nodes.push(p);
    }
    this.panel.replaceChildren(...nodes);
  }
}

/** Makes an overlay, registered with `host` and added inside `root` (reveal's element, so it shows in full screen too). */
export function buildOverlay(host: Overlays, root: Element, spec: OverlaySpec): Overlay {
  const overlay = new Overlay(host, spec);
  root.append(overlay.element);
  return overlay;
}
