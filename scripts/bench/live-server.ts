/**
 * The live server in a process of its own, driven over IPC by
 * scripts/bench-live.ts: its RSS and CPU time are then the server's alone,
 * not mixed with the thousand benchmark clients', and a restart can be a
 * real kill. Never run by hand.
 */
import { readFileSync } from 'node:fs';
import { startLiveServer, type LiveServer } from '../live/server.ts';
import type { FromServer, ServerSample, ToServer } from './live-ipc.ts';

let server: LiveServer | null = null;

/** On a shared machine, how long the server sat ready but not running tells its own cost from the others' load. */
function runQueueWaitUs(): number | null {
  try {
    // "time on CPU, time waiting to run, timeslices", in nanoseconds.
    const wait = Number(readFileSync('/proc/self/schedstat', 'utf8').split(' ')[1]);
    return Number.isFinite(wait) ? wait / 1000 : null;
  } catch {
    return null;
  }
}

function sample(): ServerSample {
  const cpu = process.cpuUsage();
  const stats = server?.stats();
  return {
    rssBytes: process.memoryUsage.rss(),
    // maxRSS is in kilobytes.
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    cpuUserUs: cpu.user,
    cpuSystemUs: cpu.system,
    runQueueWaitUs: runQueueWaitUs(),
    audience: stats?.audience ?? 0,
    coalesced: stats?.coalesced ?? 0,
  };
}

function reply(m: FromServer): void {
  process.send?.(m);
}

process.on('message', (raw) => {
  const m = raw as ToServer;
  if (m.t === 'start') {
    startLiveServer({ dir: m.dir, host: '127.0.0.1', port: m.port, secret: m.secret })
      .then((s) => {
        server = s;
        reply({ t: 'ready', port: s.port, sample: sample() });
      })
      .catch((e: unknown) => reply({ t: 'error', message: e instanceof Error ? e.message : String(e) }));
  } else if (m.t === 'stats') {
    reply({ t: 'stats', sample: sample() });
  } else {
    void (server?.close() ?? Promise.resolve()).then(() => process.exit(0));
  }
});
// Never outlive the benchmark, however it ends.
process.on('disconnect', () => process.exit(0));
