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
