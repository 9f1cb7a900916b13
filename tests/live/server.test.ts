/**
 * The live server on 127.0.0.1 with real `ws` clients: fan-out, the
 * security rules, late joiners, restart and resync (through the page's own
 * LiveConnection), the connection cap, heartbeat and rate limiting.
 * Every server listens on 127.0.0.1 and is closed by its test; every wait
 * is bounded.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { deckSlideIds } from '../../scripts/live/deck-ids.ts';
import { sameOrigin, startLiveServer, type LiveServer, type LiveServerOptions } from '../../scripts/live/server.ts';
import { LiveConnection, type SocketLike } from '../../src/features/live/connection.ts';
import { CLOSE_FULL, CLOSE_POLICY, MAX_MESSAGE_BYTES, type LiveState } from '../../src/features/live/protocol.ts';

const ids = deckSlideIds();
const at = (index: number, f = -1, blank: LiveState['blank'] = null): LiveState => ({ id: ids[index], index, f, blank });

let dir = '';
const servers: LiveServer[] = [];
const sockets: WebSocket[] = [];
const connections: LiveConnection[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'live-test-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>deck</title>');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(async () => {
  for (const c of connections.splice(0)) c.stop();
  for (const s of sockets.splice(0)) s.terminate();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start(opts: Partial<LiveServerOptions> = {}): Promise<LiveServer> {
  const s = await startLiveServer({ dir, host: '127.0.0.1', port: 0, ids, ...opts });
  servers.push(s);
  return s;
}

interface Client {
  ws: WebSocket;
  messages: unknown[];
  closed: Promise<{ code: number; reason: string }>;
}

async function client(server: LiveServer, key?: string): Promise<Client> {
  const ws = new WebSocket(server.wsUrl);
  sockets.push(ws);
  const messages: unknown[] = [];
  ws.on('message', (d) => messages.push(JSON.parse((d as Buffer).toString('utf8'))));
  ws.on('error', () => undefined);
  const closed = new Promise<{ code: number; reason: string }>((ok) => ws.on('close', (code, reason) => ok({ code, reason: String(reason) })));
  await new Promise<void>((ok, fail) => {
    ws.once('open', () => ok());
    ws.once('close', () => ok());
    ws.once('unexpected-response', () => fail(new Error('unexpected response')));
  });
  if (key !== undefined) ws.send(JSON.stringify({ t: 'auth', key }));
  return { ws, messages, closed };
}

/** Polls until `check` holds, at most `ms`. */
async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const states = (c: Client) => c.messages.filter((m): m is { t: 'state'; s: LiveState } => (m as { t: string }).t === 'state').map((m) => m.s);
const last = (c: Client) => states(c).at(-1);
const publish = (c: Client, s: LiveState) => c.ws.send(JSON.stringify({ t: 'state', s }));

describe('live server', () => {
  it('fans the presenter state out to every audience device and tells the presenter how many there are', async () => {
    const server = await start();
    const audience = await Promise.all([client(server), client(server), client(server)]);
    const presenter = await client(server, server.secret);
    await until(() => presenter.messages.some((m) => (m as { t: string }).t === 'welcome' && (m as { role: string }).role === 'presenter'));
    const changes = [at(1), at(2, 0), at(2, 1), at(3, -1, 'black')];
    for (const s of changes) {
      publish(presenter, s);
      await until(() => audience.every((a) => JSON.stringify(last(a)) === JSON.stringify(s)));
    }
    for (const a of audience) expect(states(a)).toEqual(changes);
    await until(() => presenter.messages.some((m) => (m as { t: string; n?: number }).t === 'audience' && (m as { n: number }).n === 3));
    expect(states(presenter)).toEqual([]);
    expect(server.stats()).toMatchObject({ audience: 3, presenters: 1 });
  });

  it('closes a wrong secret, a second auth and an audience publish with 1008, and the others carry on', async () => {
    const server = await start();
    const watcher = await client(server);
    const wrong = await client(server, 'B'.repeat(43));
    expect((await wrong.closed).code).toBe(CLOSE_POLICY);
    expect((await wrong.closed).reason).not.toContain(server.secret);
    const cheeky = await client(server);
    publish(cheeky, at(4));
    expect((await cheeky.closed).code).toBe(CLOSE_POLICY);
    const late = await client(server);
    late.ws.send(JSON.stringify({ t: 'ping' }));
    late.ws.send(JSON.stringify({ t: 'auth', key: server.secret }));
    expect((await late.closed).code).toBe(CLOSE_POLICY);
    expect(server.state()).toBeNull();
    const presenter = await client(server, server.secret);
    publish(presenter, at(6));
    await until(() => last(watcher)?.index === 6);
    expect(states(watcher)).toEqual([at(6)]);
  });

  it('closes oversized, malformed, binary and out-of-deck messages without harm to anyone else', async () => {
    const server = await start();
    const presenter = await client(server, server.secret);
    const watcher = await client(server);
    const big = await client(server);
    big.ws.send(JSON.stringify({ t: 'ping', pad: 'x'.repeat(MAX_MESSAGE_BYTES + 10) }));
    expect((await big.closed).code).toBe(1009);
    for (const bad of ['{not json', '{"t":"ping","extra":true}', JSON.stringify({ t: 'state', s: { ...at(2), id: 'nope' } })]) {
      const c = await client(server);
      c.ws.send(bad);
      expect((await c.closed).code).toBe(CLOSE_POLICY);
    }
    const bin = await client(server);
    bin.ws.send(Buffer.from([1, 2, 3]));
    expect((await bin.closed).code).toBe(CLOSE_POLICY);
    // The presenter itself is held to the schema.
    const rogue = await client(server, server.secret);
    publish(rogue, { ...at(3), index: ids.length });
    expect((await rogue.closed).code).toBe(CLOSE_POLICY);
    publish(presenter, at(9, 2));
    await until(() => last(watcher)?.index === 9);
    expect(last(watcher)).toEqual(at(9, 2));
    const res = await fetch(server.url);
    expect(res.status).toBe(200);
  });

  it('refuses an upgrade from another origin with 403, and takes its own origin and origin-less clients', async () => {
    const server = await start();
    const presenter = await client(server, server.secret);
    const watcher = await client(server);
    const upgrade = (origin: string) =>
      new Promise<number>((ok, fail) => {
        const ws = new WebSocket(server.wsUrl, { origin });
        sockets.push(ws);
        ws.on('error', () => undefined);
        ws.once('open', () => ok(101));
        ws.once('unexpected-response', (_req, res) => ok(res.statusCode ?? 0));
        setTimeout(() => fail(new Error('no answer')), 5000).unref();
      });
    // Pages on other hosts, another port of this host, an opaque origin: a browser would send the visitor's socket here.
    for (const origin of ['http://other.invalid', `http://127.0.0.1:${server.port + 1}`, 'null', `file://127.0.0.1:${server.port}`]) {
      expect(await upgrade(origin), origin).toBe(403);
    }
    expect(await upgrade(`http://127.0.0.1:${server.port}`)).toBe(101);
    expect(await upgrade(`HTTP://127.0.0.1:${server.port}/`)).toBe(101);
    publish(presenter, at(5));
    await until(() => last(watcher)?.index === 5);
    expect(server.stats()).toMatchObject({ audience: 3, presenters: 1 });
  });

  it('gives a late joiner the current state at once', async () => {
    const server = await start();
    const presenter = await client(server, server.secret);
    publish(presenter, at(12, 1));
    await until(() => server.state()?.index === 12);
    const late = await client(server);
    await until(() => states(late).length > 0);
    expect(states(late)).toEqual([at(12, 1)]);
  });

  it('refuses connections over the cap with a clear close, and takes them again once there is room', async () => {
    const server = await start({ limits: { maxConnections: 3 } });
    const kept = await Promise.all([client(server), client(server), client(server)]);
    const extra = await client(server);
    const closed = await extra.closed;
    expect(closed.code).toBe(CLOSE_FULL);
    expect(closed.reason).toContain('会场连接已满');
    expect(server.stats()).toMatchObject({ connections: 3, refused: 1 });
    kept[0].ws.close();
    await until(() => server.stats().connections === 2);
    const again = await client(server);
    await until(() => again.messages.length > 0);
    expect(again.ws.readyState).toBe(WebSocket.OPEN);
  });

  it('drops a socket that stops answering the heartbeat', async () => {
    const server = await start({ limits: { heartbeatMs: 100 } });
    const alive = await client(server);
    const dead = await client(server);
    await until(() => server.stats().connections === 2);
    // A paused socket reads nothing, so it never answers the ping: like a phone that left the hall.
    (dead.ws as unknown as { _socket: { pause(): void } })._socket.pause();
    await until(() => server.stats().connections === 1, 3000);
    expect(alive.ws.readyState).toBe(WebSocket.OPEN);
  });

  it('rate-limits publishing by coalescing: the audience always ends on the latest state', async () => {
    const server = await start({ limits: { publishPerSecond: 10, publishBurst: 2 } });
    const presenter = await client(server, server.secret);
    const watcher = await client(server);
    for (let i = 0; i < 30; i++) publish(presenter, at(i));
    await until(() => last(watcher)?.index === 29, 3000);
    expect(states(watcher).length).toBeLessThan(10);
    expect(presenter.ws.readyState).toBe(WebSocket.OPEN);
  });

  it('closes a client that floods pings', async () => {
    const server = await start();
    const flood = await client(server);
    for (let i = 0; i < 20; i++) flood.ws.send('{"t":"ping"}');
    expect((await flood.closed).code).toBe(CLOSE_POLICY);
  });

  it('keeps a slow reader from holding up the others: it gets the latest state, not a queue', async () => {
    const server = await start({ limits: { publishPerSecond: 1000, publishBurst: 1000 } });
    const presenter = await client(server, server.secret);
    const fast = await client(server);
    const slow = await client(server);
    await until(() => server.stats().audience === 2);
    const pausable = (slow.ws as unknown as { _socket: { pause(): void; resume(): void } })._socket;
    pausable.pause();
    // Big enough states to fill the socket buffers between the server and the paused reader.
    for (let i = 0; i < 400; i++) publish(presenter, at(i % ids.length, i % 60));
    const final = JSON.stringify(at(399 % ids.length, 399 % 60));
    // The fast reader ends on the latest state while the slow one is still not reading.
    await until(() => JSON.stringify(last(fast)) === final);
    expect(states(slow)).toEqual([]);
    // 400 states arrived faster than they could be flushed: the server sent the latest, not each.
    expect(server.stats().coalesced).toBeGreaterThan(0);
    pausable.resume();
    await until(() => JSON.stringify(last(slow)) === final);
    expect(states(slow).length).toBeLessThan(400);
    expect(states(fast).length).toBeLessThan(400);
  });

  it('after a restart the page connections come back and resynchronise within a few seconds', async () => {
    const first = await start();
    const port = first.port;
    const secret = first.secret;
    const open = (url: string) => new WebSocket(url) as unknown as SocketLike;
    const seen: LiveState[] = [];
    const audience = new LiveConnection({ url: first.wsUrl, ids, key: null, open }, { state: (s) => seen.push(s) });
    const presenter = new LiveConnection({ url: first.wsUrl, ids, key: secret, open }, {});
    connections.push(audience, presenter);
    audience.start();
    presenter.start();
    presenter.publish(at(20));
    await until(() => seen.at(-1)?.index === 20);
    await first.close();
    servers.splice(servers.indexOf(first), 1);
    // The presenter moves on while the server is away; the audience must catch up after the restart.
    presenter.publish(at(21, 0));
    const t0 = Date.now();
    await start({ port, secret });
    await until(() => seen.at(-1)?.index === 21, 8000);
    expect(seen.at(-1)).toEqual(at(21, 0));
    expect(Date.now() - t0).toBeLessThan(8000);
  });
});

describe('sameOrigin', () => {
  it('matches the Host header, default ports either way, and nothing else', () => {
    expect(sameOrigin(undefined, '127.0.0.1:4173')).toBe(true);
    expect(sameOrigin('http://192.168.1.20:4173', '192.168.1.20:4173')).toBe(true);
    expect(sameOrigin('http://hall.lan', 'hall.lan:80')).toBe(true);
    expect(sameOrigin('http://[::1]:4173', '[::1]:4173')).toBe(true);
    expect(sameOrigin('http://192.168.1.20:4174', '192.168.1.20:4173')).toBe(false);
    expect(sameOrigin('http://192.168.1.20:4173', undefined)).toBe(false);
    expect(sameOrigin('http://192.168.1.20:4173', '')).toBe(false);
    expect(sameOrigin('not a url', '192.168.1.20:4173')).toBe(false);
  });
});
