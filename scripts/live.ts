/**
 * `npm run live`: serves the deck and the live WebSocket on the hall's
 * network, so the audience's phones follow the presenter. Builds dist/ first
 * when it is missing or older than the sources. Prints, in Chinese and
 * English, the audience URL (with a terminal QR code) for every LAN address,
 * the presenter URL with this run's secret, and how to stop.
 *
 * The secret appears only in the presenter URL line: nowhere else, errors included.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import QRCode from 'qrcode';
import { build } from 'vite';
import { projectRoot } from './lib/build.ts';
import { LiveArgsError, parseLiveArgs } from './live/args.ts';
import { startLiveServer } from './live/server.ts';

const USAGE = `用法 / Usage: npm run live -- [--port 4173] [--host 0.0.0.0] [--dir dist]
  --port  端口，默认 4173 / port (default 4173)
  --host  监听地址，默认 0.0.0.0（全部网卡，手机才能访问）；--host 127.0.0.1 只在本机试运行
          address to listen on; default 0.0.0.0 (all interfaces, so phones can reach it); 127.0.0.1 for a dry run
  --dir   已构建的幻灯片目录，默认 dist（给定时不自动构建） / built deck folder (default dist; never rebuilt when given)`;

const SOURCES = ['index.html', 'vite.config.ts', 'package.json', 'src', 'slides', 'assets', 'scripts/fonts', 'scripts/share'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const e of readdirSync(path, { withFileTypes: true })) max = Math.max(max, newest(join(path, e.name)));
  return max;
}

/** dist/ needs a build when it has no index.html or any source is newer. */
function stale(dist: string): boolean {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return SOURCES.some((s) => newest(join(projectRoot, s)) > built);
}

/** The machine's LAN IPv4 addresses, the ones phones in the hall can reach. */
function lanAddresses(): string[] {
  const out: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) out.push(a.address);
  }
  return out;
}

function fail(message: string): never {
  process.stderr.write(`\n${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseLiveArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof LiveArgsError) fail(`${e.message}\n\n${USAGE}`);
    throw e;
  }
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const dir = resolve(projectRoot, args.dir);
  if (!args.dirGiven && stale(dir)) {
    console.log('正在构建幻灯片（dist/ 不存在或早于源文件）… / Building the deck (dist/ is missing or older than the sources)…');
    try {
      await build({ root: projectRoot, logLevel: 'warn', build: { outDir: dir, emptyOutDir: true } });
    } catch (e) {
      fail(`构建失败 / Build failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (!existsSync(join(dir, 'index.html'))) fail(`找不到 ${join(dir, 'index.html')}：请先 npm run build，或用 --dir 指定构建目录。\nNo index.html in ${dir}: run npm run build first, or pass --dir.`);

  const all = args.host === '0.0.0.0' || args.host === '::';
  const hosts = all ? lanAddresses() : [args.host];
  let server;
  try {
    server = await startLiveServer({ dir, host: args.host, port: args.port, audienceUrl: null });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') fail(`端口 ${args.port} 已被占用：请关闭占用它的程序，或换一个端口，例如 npm run live -- --port ${args.port + 1}\nPort ${args.port} is already in use: stop the program using it, or pick another, e.g. npm run live -- --port ${args.port + 1}`);
    if (code === 'EADDRNOTAVAIL') fail(`本机没有地址 ${args.host}：请检查 --host。\nThis machine has no address ${args.host}: check --host.`);
    if (code === 'EACCES') fail(`没有权限使用端口 ${args.port}：请换一个大于 1024 的端口。\nNo permission for port ${args.port}: pick one above 1024.`);
    fail(`无法启动直播服务 / Could not start the live server: ${code ?? (e instanceof Error ? e.message : String(e))}`);
  }
  const audienceHosts = hosts.length ? hosts : ['127.0.0.1'];
  // The first LAN address is what the presenter's Q and speaker view show.
  server.setAudienceUrl(server.audienceUrlFor(audienceHosts[0]));

  const lines: string[] = ['', '直播已开始 / Live session started', ''];
  if (!hosts.length) lines.push('没有找到局域网地址：手机无法访问，只能在本机试用。 No LAN address found: phones cannot reach this machine; local use only.', '');
  for (const h of audienceHosts) {
    const url = server.audienceUrlFor(h);
    lines.push(`观众扫码或打开 / Audience, scan or open:  ${url}`);
    lines.push(await QRCode.toString(url, { type: 'terminal', small: true }));
  }
  const presenterHost = all ? '127.0.0.1' : args.host;
  lines.push('演讲者在本机浏览器打开（链接含本次密钥，勿外传） / Presenter, open on this laptop (the link carries this run\'s secret; do not share it):');
  lines.push(`  ${server.presenterUrlFor(presenterHost)}`);
  lines.push('');
  lines.push('停止：在此窗口按 Ctrl+C / Stop: press Ctrl+C in this window');
  console.log(lines.join('\n'));

  const stop = () => {
    console.log('\n正在停止… / Stopping…');
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();
