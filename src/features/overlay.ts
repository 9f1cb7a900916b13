/**
 * A full-screen panel over the deck (help, 目录). It traps nothing and keeps
 * the slide behind it: Esc, its key, a click outside or any navigation key
 * closes it (see keyboard.ts), and focus returns where it was.
 */
export class Overlay {
  /** Every overlay of the deck (help, 目录, export, share…): one is open at a time. */
  static readonly all = new Set<Overlay>();

  static openOnes(): Overlay[] {
    return [...Overlay.all].filter((o) => o.isOpen());
  }

  readonly element: HTMLElement;
  readonly panel: HTMLElement;
  private returnFocus: Element | null = null;
  private readonly listeners: ((open: boolean) => void)[] = [];

  constructor(
    readonly id: string,
    label: string,
  ) {
    this.element = document.createElement('div');
    this.element.className = `deck-overlay deck-overlay-${id}`;
    this.element.hidden = true;
    this.panel = document.createElement('div');
    this.panel.className = 'deck-overlay-panel';
    this.panel.setAttribute('role', 'dialog');
    this.panel.setAttribute('aria-modal', 'true');
    this.panel.setAttribute('aria-label', label);
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
    Overlay.all.add(this);
  }

  /** Adds the overlay inside reveal's element so it shows in full screen too. */
  mount(root: Element): void {
    root.append(this.element);
  }

  isOpen(): boolean {
    return !this.element.hidden;
  }

  onToggle(fn: (open: boolean) => void): void {
    this.listeners.push(fn);
  }

  open(focus?: HTMLElement | null): void {
    if (this.isOpen()) return;
    for (const other of Overlay.openOnes()) other.close();
    this.returnFocus = document.activeElement;
    this.element.hidden = false;
    (focus ?? this.panel).focus({ preventScroll: true });
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
}
