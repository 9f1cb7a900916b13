/**
 * What the presenter's page knows of its live session, for the speaker view
 * (直播中, audience count, audience URL) and Q (the audience QR). Null when
 * the page is not a live presenter.
 */
export interface LiveInfo {
  readonly connected: boolean;
  readonly audience: number;
  readonly url: string | null;
}

let info: LiveInfo | null = null;
const listeners = new Set<() => void>();

export const liveStatus = {
  get(): LiveInfo | null {
    return info;
  },
  set(next: LiveInfo | null): void {
    info = next;
    for (const f of listeners) f();
  },
  /** Calls `f` on every change; returns the way to stop. */
  subscribe(f: () => void): () => void {
    listeners.add(f);
    return () => listeners.delete(f);
  },
};
