/**
 * One live connection, as the page keeps it: connects, says who it is (the
 * presenter's secret as the first message), hands on what the server says,
 * and when the link drops keeps trying with backoff and jitter. On every
 * (re)connect the presenter publishes its latest state again and the server
 * sends the audience the current one, so both sides resynchronise.
 *
 * It takes the socket factory as a parameter so the integration tests drive
 * this very code with `ws` clients in Node.
 */
import { CLOSE_FULL, CLOSE_POLICY, backoffDelay, parseServerMessage, type ClientMessage, type LiveState } from './protocol.ts';

/** The part of the browser WebSocket API used here (the `ws` package's WebSocket has it too). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: (() => void) | null;
  onmessage: ((e: { data: unknown }) => void) | null;
  onclose: ((e: { code: number; reason: string }) => void) | null;
  onerror: (() => void) | null;
}

export type LiveStatus = 'connecting' | 'open' | 'offline' | 'full' | 'denied';

export interface LiveHandlers {
  welcome?(role: 'presenter' | 'audience', audienceUrl: string | null): void;
  state?(s: LiveState): void;
  audience?(n: number): void;
  status?(s: LiveStatus): void;
}

export interface LiveConnectionOptions {
  readonly url: string;
  readonly ids: readonly string[];
  /** The presenter's secret; null for the audience. */
  readonly key: string | null;
  readonly open: (url: string) => SocketLike;
  readonly random?: () => number;
  /** Application ping: a server that stays silent for two periods is taken as gone. */
  readonly pingMs?: number;
}

const OPEN = 1;

export class LiveConnection {
  private socket: SocketLike | null = null;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pinger: ReturnType<typeof setInterval> | null = null;
  private heard = 0;
  private stopped = false;
  private latest: LiveState | null = null;
  private sent = '';
  private denied = false;

  constructor(
    private readonly options: LiveConnectionOptions,
    private readonly on: LiveHandlers,
  ) {}

  start(): void {
    this.stopped = false;
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.stopPing();
    this.socket?.close(1000);
    this.socket = null;
  }

  /** Presenter: remember the state and send it if connected (again on every reconnect). */
  publish(s: LiveState): void {
    this.latest = s;
    this.flush();
  }

  isOpen(): boolean {
    return this.socket?.readyState === OPEN;
  }

  private send(m: ClientMessage): void {
    if (this.socket?.readyState === OPEN) this.socket.send(JSON.stringify(m));
  }

  private flush(): void {
    if (!this.options.key || !this.latest || !this.isOpen()) return;
    const text = JSON.stringify(this.latest);
    if (text === this.sent) return;
    this.sent = text;
    this.send({ t: 'state', s: this.latest });
  }

  private connect(): void {
    if (this.stopped || this.denied) return;
    this.on.status?.('connecting');
    let socket: SocketLike;
    try {
      socket = this.options.open(this.options.url);
    } catch {
      this.retry();
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      this.attempt = 0;
      this.heard = Date.now();
      this.sent = '';
      if (this.options.key) this.send({ t: 'auth', key: this.options.key });
      this.flush();
      this.startPing();
      this.on.status?.('open');
    };
    socket.onmessage = (e) => {
      this.heard = Date.now();
      if (typeof e.data !== 'string') return;
      const m = parseServerMessage(e.data, this.options.ids);
      if (!m) return;
      if (m.t === 'welcome') this.on.welcome?.(m.role, m.audienceUrl);
      else if (m.t === 'state') this.on.state?.(m.s);
      else if (m.t === 'audience') this.on.audience?.(m.n);
    };
    socket.onerror = () => undefined;
    socket.onclose = (e) => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.stopPing();
      if (this.stopped) return;
      if (e.code === CLOSE_POLICY && this.options.key) {
        // A stale presenter link (the server was restarted with a new secret): retrying would not help.
        this.denied = true;
        this.on.status?.('denied');
        return;
      }
      this.on.status?.(e.code === CLOSE_FULL ? 'full' : 'offline');
      this.retry();
    };
  }

  private retry(): void {
    if (this.stopped) return;
    const delay = backoffDelay(this.attempt++, this.options.random);
    this.timer = setTimeout(() => this.connect(), delay);
  }

  private startPing(): void {
    const every = this.options.pingMs ?? 20_000;
    this.stopPing();
    this.pinger = setInterval(() => {
      if (Date.now() - this.heard > 2 * every) {
        // Silent server (a phone that lost the Wi-Fi without noticing): drop and reconnect.
        const s = this.socket;
        this.socket = null;
        this.stopPing();
        s?.close();
        this.on.status?.('offline');
        this.retry();
        return;
      }
      this.send({ t: 'ping' });
    }, every);
  }

  private stopPing(): void {
    if (this.pinger) clearInterval(this.pinger);
    this.pinger = null;
  }
}
