/**
 * What a feature must undo when it is destroyed: listeners, reveal.js event
 * handlers, observers and the elements it added. Each is recorded where it
 * is made, so `destroy` cannot forget one.
 */
import type { RevealApi } from '../reveal-api.ts';

export class Cleanup {
  private undo: (() => void)[] = [];

  /** Runs `fn` on cleanup; returns it for chaining. */
  add<T extends () => void>(fn: T): T {
    this.undo.push(fn);
    return fn;
  }

  listen<K extends keyof WindowEventMap>(target: Window, type: K, fn: (e: WindowEventMap[K]) => void, options?: AddEventListenerOptions): void;
  listen<K extends keyof DocumentEventMap>(target: Document, type: K, fn: (e: DocumentEventMap[K]) => void, options?: AddEventListenerOptions): void;
  listen<K extends keyof HTMLElementEventMap>(target: HTMLElement, type: K, fn: (e: HTMLElementEventMap[K]) => void, options?: AddEventListenerOptions): void;
  listen(target: EventTarget, type: string, fn: (e: Event) => void, options?: AddEventListenerOptions): void {
    target.addEventListener(type, fn, options);
    this.add(() => target.removeEventListener(type, fn, options));
  }

  /** A reveal.js event (slidechanged, paused…). */
  on(reveal: Pick<RevealApi, 'on' | 'off'>, type: string, fn: (e: Event) => void): void {
    reveal.on(type, fn);
    this.add(() => reveal.off(type, fn));
  }

  /**
   * Reveal events whose handling need not hold up the change itself: `fn` runs in a
   * task of its own just after. A slide change is one task, and on a weak laptop a
   * long one is a visible stutter in the transition. A burst of events runs it once.
   */
  after(reveal: Pick<RevealApi, 'on' | 'off'>, types: readonly string[], fn: () => void): void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        fn();
      }, 0);
    };
    for (const type of types) this.on(reveal, type, later);
    this.add(() => clearTimeout(timer));
  }

  /** An element this feature added to the page. */
  element<T extends Element>(el: T): T {
    this.add(() => el.remove());
    return el;
  }

  observer(mo: MutationObserver): MutationObserver {
    this.add(() => mo.disconnect());
    return mo;
  }

  /** Undoes everything, newest first; the instance can then be used again. */
  run(): void {
    const undo = this.undo.reverse();
    this.undo = [];
    for (const fn of undo) fn();
  }
}
