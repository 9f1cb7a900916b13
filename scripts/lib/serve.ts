/**
 * Static files for tests, export, the benchmark and the live server, served
 * by `sirv` in production mode: it lists the folder once at start and
 * answers only those files, so no request path (encoded `..` included) can
 * reach outside it, and a folder is never listed. `serveStatic` can mount the
 * site under a sub-path (/decks/2024/) to prove the build has no absolute
 * asset paths, and it records every request.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import sirv from 'sirv';

export type StaticHandler = (req: IncomingMessage, res: ServerResponse) => void;

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
}

/**
 * The one static handler: files of `dir` at `basePath`, 404 for anything
 * else. `no-store`, so a rebuilt deck is never mixed with a cached one.
 */
export function staticHandler(dir: string, basePath = '/'): StaticHandler {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const files = sirv(resolve(dir), {
    dev: false,
    etag: false,
    dotfiles: false,
    setHeaders: (res) => res.setHeader('cache-control', 'no-store'),
  });
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
    files(req, res, () => notFound(res));
  };
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
