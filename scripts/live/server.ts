/**
 * The live server: the built deck over HTTP (the shared sirv handler) and a
 * WebSocket endpoint (`ws`) on which one presenter publishes its state and
 * every audience device receives it. Used by `npm run live`, the tests and
 * the benchmark (in-process, on 127.0.0.1, port 0).
 *
 * Security, in short: the presenter proves itself with a per-run secret sent
 * as its first message (compared in constant time); every message is parsed
 * against the shared schema; anything unexpected closes the socket with 1008;
 * the payload is capped; publishing and pings are rate-limited; connections
 * are capped; dead sockets are dropped by heartbeat; a slow client gets only
 * the latest state, never a queue; an upgrade whose Origin is another site
 * gets 403.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import {
  CLOSE_FULL,
  CLOSE_POLICY,
  KEY_PARAM,
  LIVE_PARAM,
  LIVE_PATH,
  MAX_MESSAGE_BYTES,
  parseClientMessage,
  type LiveState,
  type ServerMessage,
} from '../../src/features/live/protocol.ts';
import { staticHandler } from '../lib/serve.ts';
import { deckSlideIds } from './deck-ids.ts';

export interface LiveLimits {
  /** Open WebSocket connections, presenter included. */
  readonly maxConnections: number;
  /** Heartbeat period: a socket that has not answered the previous ping by the next one is dropped. */
  readonly heartbeatMs: number;
  /** Presenter states fanned out per second (token bucket), and the burst allowed. Extra states are coalesced. */
  readonly publishPerSecond: number;
  readonly publishBurst: number;
  /** Pings per second a client may send (burst of twice that); beyond it the socket is closed. */
  readonly pingPerSecond: number;
}

export const DEFAULT_LIMITS: LiveLimits = {
  maxConnections: 2000,
  heartbeatMs: 15_000,
  publishPerSecond: 20,
  publishBurst: 40,
  pingPerSecond: 2,
};

export interface LiveServerOptions {
  readonly dir: string;
  readonly host?: string;
  readonly port?: number;
  /** The deck's slide ids; by default from the typed deck. */
  readonly ids?: readonly string[];
  /** Only for restart tests and the benchmark: the CLI always makes a fresh one. */
  readonly secret?: string;
  /** The URL shown to the presenter for the audience (QR on Q, speaker view). */
  readonly audienceUrl?: string | null;
  readonly limits?: Partial<LiveLimits>;
}

export interface LiveStats {
  readonly connections: number;
  readonly audience: number;
  readonly presenters: number;
  /** Deliveries skipped because the client still had one in flight (it gets the latest later). */
  readonly coalesced: number;
  readonly policyCloses: number;
  readonly refused: number;
}

export interface LiveServer {
  /** http://host:port/ (host as listened on; 127.0.0.1 for 0.0.0.0). */
  readonly url: string;
  readonly port: number;
  readonly wsUrl: string;
  readonly secret: string;
  readonly server: Server;
  /** Sets the audience URL the presenter's page is told (Q, speaker view). */
  setAudienceUrl(url: string): void;
  /** The deck URL a given host's audience opens. */
  audienceUrlFor(host: string): string;
  /** The presenter's URL on a host: the secret rides in the fragment, which browsers never send. */
  presenterUrlFor(host: string): string;
  state(): LiveState | null;
  stats(): LiveStats;
  close(): Promise<void>;
}

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Constant-time comparison of two strings of any length (hashes first, so lengths leak nothing either). */
export function sameSecret(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}

interface Bucket {
  tokens: number;
  at: number;
}

function take(b: Bucket, perSecond: number, burst: number, now: number): boolean {
  b.tokens = Math.min(burst, b.tokens + ((now - b.at) / 1000) * perSecond);
  b.at = now;
  if (b.tokens < 1) return false;
  b.tokens -= 1;
  return true;
}

interface Client {
  readonly ws: WebSocket;
  role: 'audience' | 'presenter';
  messages: number;
  alive: boolean;
  /** Sends written to this socket but not yet flushed. */
  inflight: number;
  /** A newer state arrived while one was in flight. */
  dirty: boolean;
  /** ws's send callback: made once per client, so a fan-out allocates no closure per socket. */
  flushed: (err?: Error) => void;
  pings: Bucket;
}

/**
 * The WebSocket upgrade comes from the deck this server served, or from no
 * browser at all: an absent Origin (tests, the benchmark, curl) passes; a
 * present one must name the very host:port the request was sent to.
 */
export function sameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return true;
  if (!host) return false;
  try {
    const o = new URL(origin);
    if (o.protocol !== 'http:' && o.protocol !== 'https:') return false;
    // Parsed with the origin's scheme so that a default port matches whether or not the Host header spells it.
    return new URL(`${o.protocol}//${host}`).host === o.host;
  } catch {
    return false;
  }
}

/** A Buffer is sent as a binary frame unless told otherwise; the page expects text. */
const TEXT_FRAME = { binary: false } as const;

function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

export async function startLiveServer(options: LiveServerOptions): Promise<LiveServer> {
  const limits: LiveLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const ids = options.ids ?? deckSlideIds();
  const secret = options.secret ?? newSecret();
  const host = options.host ?? '127.0.0.1';
  const files = staticHandler(options.dir);
  const clients = new Set<Client>();
  let current: LiveState | null = null;
  /** The current state as the bytes of its text frame: encoded once per change, not once per client. */
  let currentFrame: Buffer | null = null;
  let coalesced = 0;
  let policyCloses = 0;
  let refused = 0;
  const publish: Bucket = { tokens: limits.publishBurst, at: Date.now() };
  let publishTimer: NodeJS.Timeout | null = null;
  let pendingPublish = false;
  let countTimer: NodeJS.Timeout | null = null;
  let audienceUrl: string | null = options.audienceUrl ?? null;

  const server = createServer((req, res) => files(req, res));
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, perMessageDeflate: false, clientTracking: false });

  server.on('upgrade', (req, socket, head) => {
    socket.on('error', () => socket.destroy());
    const path = (req.url ?? '').split('?')[0];
    if (path !== LIVE_PATH) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    if (!sameOrigin(req.headers.origin, req.headers.host)) {
      // Another web page must not open sockets here with the visitor's browser (no cookies, but still the audience count and cap).
      const body = 'origin not allowed\n';
      socket.end(`HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => accept(ws));
  });
  server.on('clientError', (_err, socket) => socket.destroy());

  const sendTo = (c: Client, msg: ServerMessage) => {
    if (c.ws.readyState === c.ws.OPEN) c.ws.send(JSON.stringify(msg), () => undefined);
  };

  const policyClose = (c: Client, reason: string) => {
    policyCloses++;
    c.ws.close(CLOSE_POLICY, reason);
    // A peer that does not finish the closing handshake is cut off.
    setTimeout(() => c.ws.terminate(), 2000).unref();
  };

  const audienceCount = () => {
    let n = 0;
    for (const c of clients) if (c.role === 'audience') n++;
    return n;
  };

  // Presenters learn the audience count at most every quarter second, however fast the hall joins.
  const scheduleCount = () => {
    if (countTimer) return;
    countTimer = setTimeout(() => {
      countTimer = null;
      const n = audienceCount();
      for (const c of clients) if (c.role === 'presenter') sendTo(c, { t: 'audience', n });
    }, 250);
  };

  /** One state in flight per client; a newer one waits as "dirty" and is sent, latest only, when that one is flushed. */
  const deliver = (c: Client) => {
    if (c.ws.readyState !== c.ws.OPEN || !currentFrame) return;
    if (c.inflight > 0) {
      if (!c.dirty) coalesced++;
      c.dirty = true;
      return;
    }
    c.inflight++;
    c.ws.send(currentFrame, TEXT_FRAME, c.flushed);
  };

  const fanOut = () => {
    pendingPublish = false;
    for (const c of clients) if (c.role === 'audience') deliver(c);
  };

  const onState = (s: LiveState) => {
    current = s;
    currentFrame = Buffer.from(JSON.stringify({ t: 'state', s } satisfies ServerMessage));
    if (take(publish, limits.publishPerSecond, limits.publishBurst, Date.now())) {
      fanOut();
      return;
    }
    // Over the rate: keep only the latest and send it when the bucket has a token again.
    pendingPublish = true;
    flushLater();
  };

  const flushLater = () => {
    if (publishTimer) return;
    publishTimer = setTimeout(() => {
      publishTimer = null;
      if (!pendingPublish) return;
      if (take(publish, limits.publishPerSecond, limits.publishBurst, Date.now())) fanOut();
      else flushLater();
    }, Math.ceil(1000 / limits.publishPerSecond));
  };

  const onMessage = (c: Client, data: RawData, isBinary: boolean) => {
    c.messages++;
    if (isBinary) return policyClose(c, 'binary');
    const text = Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.concat(Array.isArray(data) ? data : [Buffer.from(data)]).toString('utf8');
    const msg = parseClientMessage(text, ids);
    if (!msg) return policyClose(c, 'bad message');
    switch (msg.t) {
      case 'auth':
        // Only as the very first message; the reason never repeats what was sent.
        if (c.messages !== 1 || !sameSecret(msg.key, secret)) return policyClose(c, 'bad key');
        c.role = 'presenter';
        sendTo(c, { t: 'welcome', role: 'presenter', audienceUrl });
        sendTo(c, { t: 'audience', n: audienceCount() });
        scheduleCount();
        return;
      case 'state':
        if (c.role !== 'presenter') return policyClose(c, 'audience may not publish');
        onState(msg.s);
        return;
      case 'ping':
        if (!take(c.pings, limits.pingPerSecond, limits.pingPerSecond * 2, Date.now())) return policyClose(c, 'too many pings');
        sendTo(c, { t: 'pong' });
        return;
    }
  };

  const accept = (ws: WebSocket) => {
    const c: Client = { ws, role: 'audience', messages: 0, alive: true, inflight: 0, dirty: false, flushed: () => undefined, pings: { tokens: limits.pingPerSecond * 2, at: Date.now() } };
    c.flushed = (err) => {
      c.inflight--;
      if (err || !c.dirty) return;
      c.dirty = false;
      deliver(c);
    };
    ws.on('error', () => ws.terminate());
    if (clients.size >= limits.maxConnections) {
      refused++;
      // The page shows this; Chinese first, within the 123-byte limit of a close reason.
      ws.close(CLOSE_FULL, '会场连接已满 / too many connections');
      setTimeout(() => ws.terminate(), 2000).unref();
      return;
    }
    clients.add(c);
    ws.on('pong', () => (c.alive = true));
    ws.on('message', (data, isBinary) => {
      try {
        onMessage(c, data, isBinary);
      } catch {
        policyClose(c, 'error');
      }
    });
    ws.on('close', () => {
      clients.delete(c);
      scheduleCount();
    });
    // A late joiner sees the current slide at once.
    sendTo(c, { t: 'welcome', role: 'audience', audienceUrl: null });
    deliver(c);
    scheduleCount();
  };

  const heartbeat = setInterval(() => {
    for (const c of clients) {
      if (!c.alive) {
        c.ws.terminate();
        continue;
      }
      c.alive = false;
      try {
        c.ws.ping();
      } catch {
        c.ws.terminate();
      }
    }
  }, limits.heartbeatMs);
  heartbeat.unref();

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', fail);
      ok();
    });
  });
  // After start: errors on the listening socket must not crash the process.
  server.on('error', () => undefined);
  const { port } = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const audienceUrlFor = (h: string) => `http://${urlHost(h)}:${port}/?${LIVE_PARAM}`;
  audienceUrl ??= audienceUrlFor(shownHost);

  return {
    url: `http://${urlHost(shownHost)}:${port}/`,
    port,
    wsUrl: `ws://${urlHost(shownHost)}:${port}${LIVE_PATH}`,
    secret,
    server,
    setAudienceUrl: (u) => {
      audienceUrl = u;
    },
    audienceUrlFor,
    presenterUrlFor: (h) => `${audienceUrlFor(h)}#${KEY_PARAM}=${secret}`,
    state: () => current,
    stats: () => ({
      connections: clients.size,
      audience: audienceCount(),
      presenters: clients.size - audienceCount(),
      coalesced,
      policyCloses,
      refused,
    }),
    close: () =>
      new Promise<void>((ok) => {
        clearInterval(heartbeat);
        if (publishTimer) clearTimeout(publishTimer);
        if (countTimer) clearTimeout(countTimer);
        for (const c of clients) c.ws.terminate();
        clients.clear();
        wss.close();
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
