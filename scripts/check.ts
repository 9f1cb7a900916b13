/**
 * `npm run check`: what must be settled before the meeting (src/model/readiness.ts).
 * Exit 0 when everything is settled, 1 when anything is open, 2 on bad usage.
 * `--settings FILE` checks another settings module (tests use it); default: the deck's own
 * (DECK_DIR or slides/). The items to confirm are the deck's (its checks.ts, via index.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { fieldLine, fixHint, runCheck, summaryLine, unknownConfirmations, type ReadinessSettings } from '../src/model/readiness.ts';
import type { Deck } from '../src/model/types.ts';
import { deckDirOf, deckSettingsFile, projectRoot } from './lib/build.ts';

const USAGE = `用法 / Usage: npm run check [-- --settings 文件/FILE]
列出会前必须确认的事项；全部确认后退出码为 0，否则为 1。
Lists what must be settled before the meeting; exits 0 when all is settled, 1 otherwise.`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

async function main(argv: readonly string[]): Promise<number> {
  let values: { settings?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args: [...argv], strict: true, options: { settings: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (e) {
    fail(`命令参数有误 / Invalid arguments: ${(e as Error).message}`);
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const deckDir = deckDirOf();
  const { deck } = (await import(pathToFileURL(resolve(deckDir, 'index.ts')).href)) as { deck: Deck };
  const file = resolve(projectRoot, values.settings ?? deckSettingsFile(deckDir));
  if (!existsSync(file)) fail(`找不到设置文件 / Settings file not found: ${file}`);
  const mod = (await import(pathToFileURL(file).href)) as { settings?: ReadinessSettings };
  if (!mod.settings) fail(`${file} 没有导出 settings / does not export settings`);
  const source = readFileSync(file, 'utf8');
  const shownFile = relative(projectRoot, file).split(sep).join('/');

  const unknown = unknownConfirmations(mod.settings, deck.checks);
  if (unknown.length) {
    const known = deck.checks.confirmations.map((c) => c.id).join(', ');
    fail(`confirmed 中有未知的编号 / unknown ids in confirmed: ${unknown.join(', ')}（可用 / known: ${known || '—'}）`);
  }
  const results = runCheck(mod.settings, deck.checks);
  const lines = ['会前检查 / Pre-meeting check', ''];
  for (const { item, settled } of results) {
    const [zh, en] = settled ? item.done : item.todo;
    lines.push(`${settled ? '✓' : '✗'} ${zh} · ${en}`);
    if (!settled) for (const h of fixHint(item, fieldLine(source, item.field), shownFile)) lines.push(`    ${h}`);
  }
  const pending = results.filter((r) => !r.settled).length;
  lines.push('', summaryLine(pending));
  console.log(lines.join('\n'));
  return pending ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    // A settings file that does not load is a bug in that file: show it whole.
    console.error(e);
    process.exit(2);
  },
);
