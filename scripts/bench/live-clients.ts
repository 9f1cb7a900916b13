/**
 * A shard of the benchmark's audience, in a process of its own, driven over
 * IPC by scripts/bench-live.ts. Each client is the page's own LiveConnection
 * (same backoff and jitter as the browser). Several shards share the
 * receiving work across the cores, as phones in a hall each have their own;
 * one process for a thousand sockets would measure its own queue. Never run
 * by hand.
 */
import WebSocket from 'ws';
import { LiveConnection, type SocketLike } from '../../src/features/live/connection.ts';
import { monoMs, stateKey, type ClientsStatus, type FromClients, type ToClients } from './live-ipc.ts';

interface Audience {
  welcomed: boolean;
  /** Highest change held, -1 before the first. */
  got: number;
  /** Lost the server since it last held the plan's last state. */
  dropped: boolean;
  resyncedAt: number;
  attempts: number;
}

const connections: LiveConnection[] = [];
const audience: Audience[] = [];
let heldAt = new Float64Array(0);
let lastChange = -1;
const cpu0 = process.cpuUsage();

function reply(m: FromClients): void {
  process.send?.(m);
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function connect(m: Extract<ToClients, { t: 'connect' }>): Promise<number> {
  const t0 = monoMs();
  const changeOf = new Map(m.plan.map((k, i) => [k, i]));
  const changes = m.plan.length;
  lastChange = changes - 1;
  heldAt = new Float64Array(m.n * changes);
  const open = (u: string) => new WebSocket(u) as unknown as SocketLike;
  for (let i = 0; i < m.n; i++) {
    const a: Audience = { welcomed: false, got: -1, dropped: false, resyncedAt: 0, attempts: 0 };
    const row = i * changes;
    const conn = new LiveConnection(
      { url: m.url, ids: m.ids, key: null, open },
      {
        welcome: () => (a.welcomed = true),
        status: (s) => {
          if (s === 'connecting') a.attempts++;
          if (s === 'offline') {
            a.dropped = true;
            a.resyncedAt = 0;
          }
        },
        state: (s) => {
          const now = monoMs();
          const k = changeOf.get(stateKey(s));
          if (k === undefined) return;
          if (k === lastChange && a.dropped) {
            a.dropped = false;
            a.resyncedAt = now;
          }
          if (k <= a.got) return;
          // Latest state wins: holding change k means holding every earlier one the server did not send.
          for (let j = a.got + 1; j <= k; j++) heldAt[row + j] = now;
          a.got = k;
        },
      },
    );
    audience.push(a);
    connections.push(conn);
    conn.start();
    // Join in waves, as a hall does, without overrunning the server's listen backlog.
    if (i % 100 === 99 || i === m.n - 1) {
      const end = monoMs() + 30_000;
      while (!audience.every((x) => x.welcomed)) {
        if (monoMs() > end) throw new Error('clients did not connect within 30 s');
        await sleep(5);
      }
    }
  }
  return monoMs() - t0;
}

function status(): ClientsStatus {
  let welcomed = 0;
  let holdingLast = 0;
  let resynced = 0;
  let lastResyncAt = 0;
  let connectAttempts = 0;
  for (const a of audience) {
    if (a.welcomed) welcomed++;
    if (a.got === lastChange) holdingLast++;
    if (a.resyncedAt) {
      resynced++;
      lastResyncAt = Math.max(lastResyncAt, a.resyncedAt);
    }
    connectAttempts += a.attempts;
  }
  return { welcomed, holdingLast, resynced, lastResyncAt, connectAttempts };
}

process.on('message', (raw) => {
  const m = raw as ToClients;
  if (m.t === 'connect') {
    connect(m).then(
      (ms) => reply({ t: 'connected', ms }),
      (e: unknown) => reply({ t: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  } else if (m.t === 'status') {
    reply({ t: 'status', status: status() });
  } else if (m.t === 'report') {
    const used = process.cpuUsage(cpu0);
    reply({ t: 'report', heldAt, cpuMs: (used.user + used.system) / 1000 });
  } else {
    for (const c of connections) c.stop();
    process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0));
