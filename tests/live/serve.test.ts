/**
 * The static handler shared by export, tests and the live server: files of
 * the root only. The old hand-written server let an encoded `..` reach a
 * sibling folder whose name starts with the root's name (dist → dist-evil).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLiveServer, type LiveServer } from '../../scripts/live/server.ts';
import { acceptsGzip, serveStatic, type StaticServer } from '../../scripts/lib/serve.ts';

const GZIP = { 'accept-encoding': 'gzip, deflate' };

/** Big enough that gzip pays: a deck's script. */
const APP_JS = `export const slides = [${Array.from({ length: 200 }, (_, i) => `'slide-${i}'`).join(', ')}];\n`;
let parent = '';
let plain: StaticServer;
let sub: StaticServer;
let live: LiveServer;

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'serve-test-'));
  const dist = join(parent, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), `<!doctype html><title>deck</title>${'<section class="slide"></section>'.repeat(40)}`);
  writeFileSync(join(dist, 'assets', 'app.js'), APP_JS);
  writeFileSync(join(dist, 'assets', 'tiny.js'), 'export {};');
  writeFileSync(join(dist, 'assets', 'font.woff2'), Buffer.alloc(4096, 7));
  writeFileSync(join(dist, '.env'), 'SECRET=1');
  mkdirSync(join(parent, 'dist-evil'));
  writeFileSync(join(parent, 'dist-evil', 'secret.txt'), 'EVIL');
  writeFileSync(join(parent, 'outside.txt'), 'OUTSIDE');
  plain = await serveStatic(dist);
  sub = await serveStatic(dist, '/decks/2024/');
  live = await startLiveServer({ dir: dist, host: '127.0.0.1', port: 0, ids: ['a'] });
});

afterAll(async () => {
  await Promise.all([plain.close(), sub.close(), live.close()]);
  rmSync(parent, { recursive: true, force: true });
});

interface Reply {
  readonly status: number;
  /** The body as sent, decoded as text (still gzipped if the server gzipped it). */
  readonly body: string;
  readonly bytes: Buffer;
  readonly headers: IncomingHttpHeaders;
}

/** A raw GET, so the path reaches the server exactly as written (fetch would normalise `..`). */
function get(base: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  const u = new URL(base);
  return new Promise((ok, fail) => {
    const req = request({ host: u.hostname, port: u.port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        ok({ status: res.statusCode ?? 0, body: bytes.toString('utf8'), bytes, headers: res.headers });
      });
    });
    req.on('error', fail);
    req.end();
  });
}

const ATTACKS = [
  '/..%2fdist-evil/secret.txt',
  '/%2e%2e/dist-evil/secret.txt',
  '/%2e%2e%2fdist-evil%2fsecret.txt',
  '/..%5cdist-evil%5csecret.txt',
  '/../dist-evil/secret.txt',
  '/%2e%2e/outside.txt',
  '/assets/%2e%2e/%2e%2e/outside.txt',
  '/..%252fdist-evil/secret.txt',
  '/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '/.env',
];

describe.each([
  ['serveStatic', () => plain.url, ''],
  ['serveStatic under a sub-path', () => sub.url, '/decks/2024'],
  ['the live server', () => live.url, ''],
])('%s', (_name, base, prefix) => {
  it('serves the files of its folder', async () => {
    const index = await get(base(), `${prefix}/`);
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>deck</title>');
    expect((await get(base(), `${prefix}/assets/app.js`)).status).toBe(200);
  });

  it('never lists a folder', async () => {
    const r = await get(base(), `${prefix}/assets/`);
    expect(r.status).toBe(404);
    expect(r.body).not.toContain('app.js');
  });

  it.each(ATTACKS)('refuses %s', async (attack) => {
    for (const headers of [{}, GZIP]) {
      const r = await get(base(), `${prefix}${attack}`, headers);
      expect(r.status).toBe(404);
      expect(r.body).not.toMatch(/EVIL|OUTSIDE|SECRET|root:/);
    }
  });

  it('gzips text files for a client that accepts it, with their type, and sends them plain to one that does not', async () => {
    const zipped = await get(base(), `${prefix}/assets/app.js?v=1`, GZIP);
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['content-type']).toMatch(/^text\/javascript/);
    expect(zipped.headers.vary).toBe('accept-encoding');
    expect(zipped.headers['cache-control']).toBe('no-store');
    expect(Number(zipped.headers['content-length'])).toBe(zipped.bytes.length);
    expect(zipped.bytes.length).toBeLessThan(APP_JS.length / 3);
    expect(gunzipSync(zipped.bytes).toString('utf8')).toBe(APP_JS);
    const page = await get(base(), `${prefix}/`, GZIP);
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(page.bytes).toString('utf8')).toContain('<title>deck</title>');
    for (const headers of [{}, { 'accept-encoding': 'gzip;q=0, br' }, { 'accept-encoding': 'identity' }] as Record<string, string>[]) {
      const plainReply = await get(base(), `${prefix}/assets/app.js`, headers);
      expect(plainReply.headers['content-encoding'], JSON.stringify(headers)).toBeUndefined();
      expect(plainReply.body).toBe(APP_JS);
    }
  });

  it('sends as they are files gzip would not shrink and fonts (woff2 is compressed already)', async () => {
    for (const file of ['tiny.js', 'font.woff2']) {
      const r = await get(base(), `${prefix}/assets/${file}`, GZIP);
      expect(r.status, file).toBe(200);
      expect(r.headers['content-encoding'], file).toBeUndefined();
    }
  });

  it('answers HEAD for a gzipped file with its headers and no body', async () => {
    const r = await get(base(), `${prefix}/assets/app.js`, GZIP, 'HEAD');
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(Number(r.headers['content-length'])).toBeGreaterThan(0);
    expect(r.bytes.length).toBe(0);
  });
});

describe('acceptsGzip', () => {
  it('reads Accept-Encoding as browsers send it', () => {
    expect(acceptsGzip('gzip, deflate')).toBe(true);
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8, *;q=0.1')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip(['deflate', 'gzip'])).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip('x-gzip-like')).toBe(false);
    expect(acceptsGzip('')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

it('the sub-path mount answers nothing outside it', async () => {
  expect((await get(sub.url, '/index.html')).status).toBe(404);
  expect(sub.requests).toContain('/index.html');
});
