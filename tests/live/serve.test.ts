/**
 * The static handler shared by export, tests and the live server: files of
 * the root only. The old hand-written server let an encoded `..` reach a
 * sibling folder whose name starts with the root's name (dist → dist-evil).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLiveServer, type LiveServer } from '../../scripts/live/server.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/serve.ts';

let parent = '';
let plain: StaticServer;
let sub: StaticServer;
let live: LiveServer;

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'serve-test-'));
  const dist = join(parent, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>deck</title>');
  writeFileSync(join(dist, 'assets', 'app.js'), 'export {};');
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

/** A raw GET, so the path reaches the server exactly as written (fetch would normalise `..`). */
function get(base: string, path: string): Promise<{ status: number; body: string }> {
  const u = new URL(base);
  return new Promise((ok, fail) => {
    const req = request({ host: u.hostname, port: u.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => ok({ status: res.statusCode ?? 0, body }));
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
    const r = await get(base(), `${prefix}${attack}`);
    expect(r.status).toBe(404);
    expect(r.body).not.toMatch(/EVIL|OUTSIDE|SECRET|root:/);
  });
});

it('the sub-path mount answers nothing outside it', async () => {
  expect((await get(sub.url, '/index.html')).status).toBe(404);
  expect(sub.requests).toContain('/index.html');
});
