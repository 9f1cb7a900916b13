/**
 * npm run bench:live (or npm run bench -- live): the live server under a
 * hall's load, on 127.0.0.1. For each N (100, 500, 1,000 by default) it starts
 * the real server in a child process, connects N audience clients (the page's
 * own LiveConnection, so the browser's backoff and jitter) spread over a few
 * client processes, and one presenter here, which makes 100 changes at a
 * steady pace. It reports the fan-out latency (presenter send → audience
 * receive, per change and client) at p50/p99, the server's RSS and CPU time,
 * and, after a kill and restart on the same port, the time until every client
 * has reconnected and holds the current state. Writes bench/live-results.json
 * and the live section of BENCHMARKS.md.
 *   npm run bench:live [-- --clients 100,500,1000 --changes 100 --pace 50 --shards 2]
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { machineBasics } from './bench/machine.ts';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import { projectRoot } from './lib/build.ts';
import { deckSlideIds } from './live/deck-ids.ts';
import { DEFAULT_LIMITS, newSecret } from './live/server.ts';
import { monoMs, stateKey, type ClientsStatus, type FromClients, type FromServer, type ServerSample, type ToClients, type ToServer } from './bench/live-ipc.ts';
import { LiveConnection, type SocketLike } from '../src/features/live/connection.ts';
import { LIVE_PATH, type LiveState } from '../src/features/live/protocol.ts';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '100,500,1000' },
    changes: { type: 'string', default: '100' },
    pace: { type: 'string', default: '50' },
    shards: { type: 'string', default: '2' },
  },
  // `npm run bench -- live` hands on its own word.
  allowPositionals: true,
});
const counts = values.clients.split(',').map(Number);
const changes = Number(values.changes);
const paceMs = Number(values.pace);
const shards = Number(values.shards);
const log = (s: string) => process.stderr.write(`${s}\n`);

function fail(message: string): never {
  process.stderr.write(`\n${message}\n`);
  process.exit(1);
}

const positive = (n: number) => Number.isInteger(n) && n > 0;
if (!counts.every(positive) || !positive(changes) || !positive(shards) || !(paceMs >= 0)) {
  fail('参数无效 / Invalid arguments. 用法 / Usage: npm run bench:live -- --clients 100,500,1000 --changes 100 --pace 50 --shards 2');
}
const maxClients = Math.max(...counts);
// The presenter is a connection too.
if (maxClients + 1 > DEFAULT_LIMITS.maxConnections) {
  fail(`服务器连接上限为 ${DEFAULT_LIMITS.maxConnections}：--clients 不能超过 ${DEFAULT_LIMITS.maxConnections - 1}。 The server caps connections at ${DEFAULT_LIMITS.maxConnections}: --clients must stay below it.`);
}
// At or under the publish rate the token bucket never empties, so what is measured is fan-out, not the limiter's hold.
if (paceMs < 1000 / DEFAULT_LIMITS.publishPerSecond) {
  log(`note: a pace under ${1000 / DEFAULT_LIMITS.publishPerSecond} ms outruns the server's publish limit once its burst of ${DEFAULT_LIMITS.publishBurst} is spent; latencies then include the hold.`);
}

/** The server holds one descriptor per socket, and so does a client process; Node has already raised the soft limit to the hard one. */
function checkOpenFiles(need: number): void {
  let text: string;
  try {
    text = readFileSync('/proc/self/limits', 'utf8');
  } catch {
    return; // Not Linux: EMFILE, if it comes, shows as clients that never connect, and the run times out.
  }
  const soft = Number(
    text
      .split('\n')
      .find((l) => l.startsWith('Max open files'))
      ?.split(/\s+/)[3],
  );
  if (Number.isFinite(soft) && soft < need) {
    fail(
      `打开文件数上限为 ${soft}，${maxClients} 个连接至少需要 ${need}。请先提高上限（例如 ulimit -n 4096）再运行。\n` +
        `The open-file limit is ${soft}; ${maxClients} connections need at least ${need}. Raise it first (e.g. ulimit -n 4096), then run again.`,
    );
  }
}
checkOpenFiles(maxClients + 64);

const ids = deckSlideIds();
/** Change k: step through the deck, each slide bare and then with its first fragment; every tenth change blanks the screen. */
function change(k: number): LiveState {
  const index = 1 + (Math.floor(k / 2) % (ids.length - 1));
  return { id: ids[index], index, f: k % 2 === 0 ? -1 : 0, blank: k % 10 === 9 ? 'black' : null };
}
const plan = Array.from({ length: changes }, (_, k) => change(k));
if (new Set(plan.map(stateKey)).size !== changes) fail(`--changes 最多 ${2 * (ids.length - 1)}（每次变化须不同）。 --changes is at most ${2 * (ids.length - 1)} (each change must differ).`);
const initial: LiveState = { id: ids[0], index: 0, f: -1, blank: null };

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls until `check` holds; throws after `ms`. */
async function until(what: string, check: () => boolean | Promise<boolean>, ms: number, every = 5): Promise<void> {
  const end = monoMs() + ms;
  while (!(await check())) {
    if (monoMs() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(every);
  }
}

/** A child process asked one thing at a time over IPC. */
interface Child<In, Out> {
  readonly proc: ChildProcess;
  ask(m: In): Promise<Out>;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

function forkChild<In extends { t: string }, Out>(file: string, stopMessage: In): Child<In, Out> {
  // 'advanced' serialisation carries the shards' Float64Arrays as they are.
  const proc = fork(join(projectRoot, file), [], { cwd: projectRoot, execArgv: ['--import', 'tsx'], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  return {
    proc,
    ask: (m) =>
      new Promise<Out>((ok, no) => {
        const onExit = (code: number | null) => no(new Error(`${file} exited (${code})`));
        proc.once('exit', onExit);
        proc.once('message', (r) => {
          proc.off('exit', onExit);
          ok(r as Out);
        });
        proc.send(m);
      }),
    stop: async (signal) => {
      if (proc.exitCode === null && proc.signalCode === null) {
        if (signal) proc.kill(signal);
        else proc.send(stopMessage);
      }
      await Promise.race([exited, sleep(5000).then(() => proc.kill('SIGKILL'))]);
      await exited;
    },
  };
}

type ServerChild = Child<ToServer, FromServer> & { readonly port: number; stats(): Promise<ServerSample> };

async function startServer(port: number, secret: string, dir: string): Promise<ServerChild> {
  const c = forkChild<ToServer, FromServer>('scripts/bench/live-server.ts', { t: 'stop' });
  const m = await c.ask({ t: 'start', port, secret, dir });
  if (m.t !== 'ready') {
    await c.stop('SIGKILL');
    throw new Error(m.t === 'error' ? m.message : 'unexpected reply');
  }
  return {
    ...c,
    port: m.port,
    stats: async () => {
      const r = await c.ask({ t: 'stats' });
      if (r.t !== 'stats') throw new Error('unexpected reply');
      return r.sample;
    },
  };
}

type ClientsChild = Child<ToClients, FromClients>;

async function startClients(url: string, n: number): Promise<{ child: ClientsChild; connectMs: number }> {
  const c = forkChild<ToClients, FromClients>('scripts/bench/live-clients.ts', { t: 'stop' });
  const m = await c.ask({ t: 'connect', url, n, ids, plan: plan.map(stateKey) });
  if (m.t !== 'connected') {
    await c.stop('SIGKILL');
    throw new Error(m.t === 'error' ? m.message : 'unexpected reply');
  }
  return { child: c, connectMs: m.ms };
}

async function statusOf(all: readonly ClientsChild[]): Promise<ClientsStatus> {
  const each = await Promise.all(
    all.map(async (c) => {
      const r = await c.ask({ t: 'status' });
      if (r.t !== 'status') throw new Error('unexpected reply');
      return r.status;
    }),
  );
  return {
    welcomed: each.reduce((s, x) => s + x.welcomed, 0),
    holdingLast: each.reduce((s, x) => s + x.holdingLast, 0),
    resynced: each.reduce((s, x) => s + x.resynced, 0),
    lastResyncAt: Math.max(...each.map((x) => x.lastResyncAt)),
    connectAttempts: each.reduce((s, x) => s + x.connectAttempts, 0),
  };
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const mbOf = (bytes: number) => round(bytes / 1024 / 1024);
const cpuMs = (a: ServerSample, b: ServerSample) => round((b.cpuUserUs + b.cpuSystemUs - a.cpuUserUs - a.cpuSystemUs) / 1000, 0);

async function runOnce(n: number, dir: string) {
  log(`\n${n} clients: starting the server…`);
  const secret = newSecret();
  let server = await startServer(0, secret, dir);
  const port = server.port;
  const url = `ws://127.0.0.1:${port}${LIVE_PATH}`;
  const open = (u: string) => new WebSocket(u) as unknown as SocketLike;

  let presenterRole = false;
  const presenter = new LiveConnection({ url, ids, key: secret, open }, { welcome: (role) => (presenterRole = role === 'presenter') });
  presenter.start();
  await until('the presenter', () => presenterRole, 10_000);
  presenter.publish(initial);

  const before = await server.stats();
  const sizes = Array.from({ length: Math.min(shards, n) }, (_, i) => Math.floor(n / shards) + (i < n % shards ? 1 : 0));
  const started = await Promise.all(sizes.map((size) => startClients(url, size)));
  const clients = started.map((s) => s.child);
  // The slowest process, from its first socket to its last welcome (process start-up excluded).
  const connectMs = Math.max(...started.map((s) => s.connectMs));
  // A hall joins, then the talk goes on: let the joining settle before the first change.
  await sleep(1000);
  const connected = await server.stats();
  log(`  connected ${n} over ${clients.length} client processes in ${Math.round(connectMs)} ms; ${changes} changes every ${paceMs} ms…`);

  const sent = new Float64Array(changes);
  const start = monoMs();
  for (let k = 0; k < changes; k++) {
    const wait = start + k * paceMs - monoMs();
    if (wait > 0) await sleep(wait);
    sent[k] = monoMs();
    presenter.publish(plan[k]);
  }
  await until('every client to hold the last change', async () => (await statusOf(clients)).holdingLast === n, 30_000, 20);
  const after = await server.stats();
  const changesMs = monoMs() - start;

  const latencies = new Float64Array(n * changes);
  let filled = 0;
  let clientsCpuMs = 0;
  for (const c of clients) {
    const r = await c.ask({ t: 'report' });
    if (r.t !== 'report') throw new Error('unexpected reply');
    clientsCpuMs += r.cpuMs;
    for (let i = 0; i < r.heldAt.length; i++) latencies[filled++] = r.heldAt[i] - sent[i % changes];
  }
  // Per change, the median over clients: shows whether a slow p99 is a backlog building up or a few stalls.
  const byChange = Array.from({ length: changes }, (_, k) => {
    const l = latencies.filter((_x, i) => i % changes === k).sort();
    return round(l[l.length >> 1], 0);
  });
  const sorted = latencies.sort();
  const latency = { p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)), max: round(sorted[sorted.length - 1]), samples: sorted.length, medianByChange: byChange };
  log(`  fan-out latency p50 ${latency.p50} ms, p99 ${latency.p99} ms (max ${latency.max} ms); server peak RSS ${mbOf(after.peakRssBytes)} MB`);

  // Restart: kill the server outright and start it again on the same port, with the same secret, so the presenter's open page carries on.
  log('  killing and restarting the server…');
  const attempts0 = (await statusOf(clients)).connectAttempts;
  const killedAt = monoMs();
  await server.stop('SIGKILL');
  server = await startServer(port, secret, dir);
  const serverBackMs = monoMs() - killedAt;
  await until('every client to resynchronise', async () => (await statusOf(clients)).resynced === n, 60_000, 20);
  const back = await statusOf(clients);
  const restart = {
    serverBackMs: round(serverBackMs, 0),
    allResyncedMs: round(back.lastResyncAt - killedAt, 0),
    afterServerBackMs: round(back.lastResyncAt - killedAt - serverBackMs, 0),
    connectAttempts: back.connectAttempts - attempts0,
  };
  log(`  server back after ${restart.serverBackMs} ms; all ${n} resynchronised ${restart.allResyncedMs} ms after the kill`);

  presenter.stop();
  await Promise.all(clients.map((c) => c.stop()));
  await server.stop();

  return {
    clients: n,
    clientProcesses: clients.length,
    connectMs: round(connectMs, 0),
    changesPhaseMs: round(changesMs, 0),
    latencyMs: latency,
    server: {
      rssIdleMB: mbOf(before.rssBytes),
      rssAfterChangesMB: mbOf(after.rssBytes),
      rssPeakMB: mbOf(after.peakRssBytes),
      cpuConnectMs: cpuMs(before, connected),
      cpuChangesMs: cpuMs(connected, after),
      cpuChangesSystemMs: round((after.cpuSystemUs - connected.cpuSystemUs) / 1000, 0),
      waitedForCpuDuringChangesMs: after.runQueueWaitUs === null || connected.runQueueWaitUs === null ? null : round((after.runQueueWaitUs - connected.runQueueWaitUs) / 1000, 0),
      coalesced: after.coalesced,
    },
    clientsCpuMs: round(clientsCpuMs, 0),
    restart,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'live-bench-'));
// The benchmark measures the WebSocket side; the static side only needs a page to exist.
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>deck</title>');
const loadBefore = loadavg()[0];
const runs = [];
try {
  for (const n of counts) runs.push(await runOnce(n, dir));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const at1000 = runs.find((r) => r.clients === 1000);
const { memoryBytes, ...basics } = machineBasics();
const results = {
  date: new Date().toISOString(),
  machine: {
    ...basics,
    memoryMB: mbOf(memoryBytes),
    // The machine is shared: its 1-minute load average says how much else ran meanwhile.
    loadAverage: { before: round(loadBefore, 2), after: round(loadavg()[0], 2) },
  },
  settings: { changes, paceMs, clientProcesses: shards, limits: DEFAULT_LIMITS },
  goal: { p99MsAt1000: 100, rssMB: 200 },
  met: at1000 ? at1000.latencyMs.p99 <= 100 && runs.every((r) => r.server.rssPeakMB <= 200) : null,
  runs,
};

const rows = runs.map(
  (r) =>
    `| ${r.clients} | ${r.latencyMs.p50} ms | ${r.latencyMs.p99} ms | ${r.server.rssPeakMB} MB (${r.server.rssIdleMB} MB) | ${r.server.cpuConnectMs} ms · ${r.server.cpuChangesMs} ms | ${r.server.waitedForCpuDuringChangesMs ?? 'n/a'} ms / ${r.changesPhaseMs} ms | ${r.restart.allResyncedMs} ms (${r.restart.afterServerBackMs} ms) |`,
);
const verdict = results.met === null ? '未测 1000 / 1,000 not run' : results.met ? '达到 / met' : '未达到 / missed';
const section = `<!-- live:start -->
## 会场直播 / Live mode

由 \`npm run bench:live\` 生成 / generated by \`npm run bench:live\` on ${results.date.slice(0, 10)}: ${results.machine.cpu}, Node ${results.machine.node}, 1 分钟平均负载 / 1-minute load average ${results.machine.loadAverage.before} → ${results.machine.loadAverage.after}. 目标 / goal: 1000 个连接时 p99 ≤ 100 ms，RSS ≤ 200 MB / p99 ≤ 100 ms at 1,000 clients, RSS ≤ 200 MB: ${verdict}.

| 观众连接 / clients | 扇出延迟 p50 / fan-out p50 | p99 | 服务器内存峰值（空闲）/ server peak RSS (idle) | 服务器 CPU：连接 · ${changes} 次变化 / server CPU: connect · ${changes} changes | 翻页期间服务器等 CPU / server waiting for a core during the changes | 重启后全部同步（服务恢复后）/ all resynced after restart (after server back) |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

- 真实的直播服务器（\`scripts/live/server.ts\`）在单独进程中运行，监听 127.0.0.1；观众用页面自己的连接代码（\`LiveConnection\`，同样的退避和抖动），分在 ${shards} 个进程中；演讲者在第三个进程中。The real server runs in its own process on 127.0.0.1; the audience uses the page's own \`LiveConnection\` (same backoff and jitter), spread over ${shards} processes; the presenter is in a third.
- 演讲者每 ${paceMs} ms 翻一页或显示一条（共 ${changes} 次，每十次有一次黑屏），不超过服务器的发布限速（每秒 ${DEFAULT_LIMITS.publishPerSecond} 次）。The presenter makes ${changes} changes (slides and fragments, every tenth a black screen) ${paceMs} ms apart, within the server's publish limit of ${DEFAULT_LIMITS.publishPerSecond}/s.
- 延迟 = 演讲者发送到观众收到，按每次变化 × 每个观众计；服务器只发最新状态，被后一次覆盖的变化按收到后一次的时间计。Latency is presenter send → audience receive for every (change, client); a change superseded by a later state counts when the later one arrived. 观众进程与服务器共用这台机器的 ${cpus().length} 个核，所以数字也包含观众一侧的排队（比真实手机保守）。The client processes share the machine's ${cpus().length} cores with the server, so the figures include their own queueing (pessimistic for real phones).
- “等 CPU”是服务器主线程已就绪却排队等待处理器核心的时间（Linux schedstat），与翻页阶段总时长对比：它大，说明延迟来自这台机器上其他程序的负载，而不是服务器本身的开销。"Waiting for a core" is how long the server's main thread was ready to run but queued for a core (Linux schedstat), against the length of the changes phase: when it is large, the latency comes from the rest of the machine's load, not from the server's own work.
- 内存峰值为服务器进程自启动以来的最高 RSS（内核统计，含 tsx 加载器）；CPU 为服务器进程的用户态加内核态时间（在回环网络上，内核把数据交给接收方的工作也算在发送方）。Peak RSS is the server process's high-water mark since start (kernel figure, tsx loader included); CPU is its user + system time (on loopback the kernel's delivery to the receiver is charged to the sender).
- 重启：直接杀死服务器进程，在同一端口重新启动；时间从杀死算起，到所有观众重新连上并收到当前页为止，括号内为服务恢复监听之后的部分（由重连退避决定，最长 8 秒一次）。Restart: the server process is killed and started again on the same port; timed from the kill until every client has reconnected and holds the current state; in brackets, the part after the server listens again (set by the reconnect backoff, at most 8 s between tries).
- 原始数据 / raw data: \`bench/live-results.json\`.
<!-- live:end -->`;

mkdirSync(join(projectRoot, 'bench'), { recursive: true });
writeFileSync(join(projectRoot, 'bench', 'live-results.json'), JSON.stringify(results, null, 2) + '\n');
const mdPath = join(projectRoot, 'BENCHMARKS.md');
const md = existsSync(mdPath) ? readFileSync(mdPath, 'utf8') : '# 基准测试 / Benchmarks\n';
const marked = /<!-- live:start -->[\s\S]*<!-- live:end -->/;
writeFileSync(mdPath, marked.test(md) ? md.replace(marked, () => section) : `${md.trimEnd()}\n\n${section}\n`);
console.log(rows.join('\n'));
log('\nwrote bench/live-results.json and the live section of BENCHMARKS.md');
process.exit(0);
