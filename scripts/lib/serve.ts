/**
 * Static files for tests, export, the benchmark and the live server, served
 * by `sirv` in production mode: it lists the folder once at start and
 * answers only those files, so no request path (encoded `..` included) can
 * reach outside it, and a folder is never listed. `serveStatic` can mount the
 * site under a sub-path (/decks/2024/) to prove the build has no absolute
 * asset paths, and it records every request. Text files go out gzipped to
 * clients that accept it (gzipFiles), as a hall's Wi-Fi needs for the live server.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

export type StaticHandler = (req: IncomingMessage, res: ServerResponse) => void;

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
}

/** Text files worth compressing, by extension (fonts are woff2, compressed already). */
const TEXT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

interface Gzipped {
  readonly type: string;
  readonly body: Buffer;
}

/**
 * Every text file of `dir` gzipped once, at start, by its URL path ("/" for index.html).
 * A hall of phones fetches the same few files: over the room's Wi-Fi, gzip carries the
 * deck in about a third of the bytes. Listed once, like sirv's own list: nothing added
 * later, no dotfiles.
 */
export function gzipFiles(dir: string): Map<string, Gzipped> {
  const out = new Map<string, Gzipped>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(d, entry.name);
      if (entry.isDirectory()) {
        walk(path);
        continue;
      }
      const type = TEXT_TYPES[extname(entry.name).toLowerCase()];
      if (!entry.isFile() || !type) continue;
      const raw = readFileSync(path);
      const body = gzipSync(raw, { level: 9 });
      if (body.length >= raw.length) continue;
      const url = `/${relative(dir, path).split(sep).join('/')}`;
      out.set(url, { type, body });
      if (url.endsWith('/index.html')) out.set(url.slice(0, -'index.html'.length), { type, body });
    }
  };
  walk(resolve(dir));
  return out;
}

/** Whether the request's Accept-Encoding allows gzip (and does not refuse it with q=0). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding.trim() !== 'gzip' && coding.trim() !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}

/**
 * The one static handler: files of `dir` at `basePath`, 404 for anything
 * else; text files gzipped for clients that accept it. `no-store`, so a
 * rebuilt deck is never mixed with a cached one.
 */
export function staticHandler(dir: string, basePath = '/'): StaticHandler {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const files = sirv(resolve(dir), {
    dev: false,
    etag: false,
    dotfiles: false,
    setHeaders: (res) => res.setHeader('cache-control', 'no-store'),
  });
  const gzipped = gzipFiles(dir);
  return (req, res) => {
    const raw = req.url ?? '/';
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (!raw.startsWith(base)) {
      notFound(res);
      return;
    }
    // sirv reads req.url: hand it the path below the mount point.
    req.url = `/${raw.slice(base.length)}`;
    const zipped = acceptsGzip(req.headers['accept-encoding']) ? gzipped.get(decodedPath(req.url)) : undefined;
    if (zipped) {
      res.writeHead(200, {
        'content-type': zipped.type,
        'content-encoding': 'gzip',
        'content-length': zipped.body.length,
        vary: 'accept-encoding',
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : zipped.body);
      return;
    }
    files(req, res, () => notFound(res));
  };
}

/** The path of a request URL, percent-decoded (its query dropped); '' when malformed, which matches no file. */
function decodedPath(url: string): string {
  try {
    return decodeURIComponent(url.split(/[?#]/)[0]);
  } catch {
    return '';
  }
}

export interface StaticServer {
  readonly url: string;
  readonly server: Server;
  readonly requests: string[];
  close(): Promise<void>;
}

export async function serveStatic(dir: string, basePath = '/'): Promise<StaticServer> {
  const handle = staticHandler(dir, basePath);
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    handle(req, res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    server,
    requests,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
