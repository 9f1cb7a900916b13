/**
 * Idle time, for work that must not land in a slide change (chart drawing, laying
 * out upcoming slides, warming up ECharts). Falls back to a short timer where the
 * browser has no requestIdleCallback; `timeoutMs` bounds the wait on a busy page.
 */
type RequestIdle = (cb: () => void, opts?: { timeout: number }) => number;

export function whenIdle(cb: () => void, timeoutMs: number): void {
  const ric = (globalThis as { requestIdleCallback?: RequestIdle }).requestIdleCallback;
  if (ric) ric.call(globalThis, cb, { timeout: timeoutMs });
  else setTimeout(cb, 50);
}

/** Resolves in idle time. */
export function idle(timeoutMs: number): Promise<void> {
  return new Promise((ok) => whenIdle(ok, timeoutMs));
}
