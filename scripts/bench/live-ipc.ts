/**
 * What scripts/bench-live.ts says to its child processes (the live server,
 * and the shards of audience clients) and what they answer. Times are
 * milliseconds of the monotonic clock, which every process on the machine
 * shares, so a send in one process and a receive in another compare directly.
 */
export const monoMs = (): number => Number(process.hrtime.bigint()) / 1e6;

export type ToServer = { readonly t: 'start'; readonly port: number; readonly secret: string; readonly dir: string } | { readonly t: 'stats' } | { readonly t: 'stop' };

export interface ServerSample {
  readonly rssBytes: number;
  /** The kernel's high-water mark of this process's RSS since it started. */
  readonly peakRssBytes: number;
  /** CPU time since the process started, microseconds. */
  readonly cpuUserUs: number;
  readonly cpuSystemUs: number;
  /** Time the server's main thread was ready to run but waited for a core (Linux schedstat), microseconds; null elsewhere. */
  readonly runQueueWaitUs: number | null;
  readonly audience: number;
  readonly coalesced: number;
}

export type FromServer =
  | { readonly t: 'ready'; readonly port: number; readonly sample: ServerSample }
  | { readonly t: 'stats'; readonly sample: ServerSample }
  | { readonly t: 'error'; readonly message: string };

export type ToClients =
  | {
      readonly t: 'connect';
      readonly url: string;
      readonly n: number;
      readonly ids: readonly string[];
      /** The presenter's planned states, by their key, in order. */
      readonly plan: readonly string[];
    }
  | { readonly t: 'status' }
  | { readonly t: 'report' }
  | { readonly t: 'stop' };

export interface ClientsStatus {
  readonly welcomed: number;
  /** Clients holding the plan's last state. */
  readonly holdingLast: number;
  /** Clients that lost the server and hold the last state again. */
  readonly resynced: number;
  /** When the last of those got it back (0 if none). */
  readonly lastResyncAt: number;
  readonly connectAttempts: number;
}

export type FromClients =
  | { readonly t: 'connected'; /** From the first socket opened to the last welcomed. */ readonly ms: number }
  | { readonly t: 'status'; readonly status: ClientsStatus }
  | {
      readonly t: 'report';
      /** [client * plan.length + k]: when the client first held change k or a later one (latest state wins), 0 if never. */
      readonly heldAt: Float64Array;
      readonly cpuMs: number;
    }
  | { readonly t: 'error'; readonly message: string };

/** A state's identity within the plan: slide, fragment and blank together. */
export function stateKey(s: { readonly index: number; readonly f: number; readonly blank: string | null }): string {
  return `${s.index}:${s.f}:${s.blank ?? ''}`;
}
