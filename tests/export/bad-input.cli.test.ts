/** Bad input: a clear message in Chinese and English, a non-zero exit, and no output left behind. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExport } from './helpers.ts';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'deck-export-bad-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('bad input', () => {
  it('rejects an unknown format', async () => {
    const out = join(work, 'x.doc');
    const r = await runExport(['doc', '--out', out]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('未知的导出格式');
    expect(r.stderr).toContain('Unknown export format "doc"');
    expect(existsSync(out)).toBe(false);
  });

  it('rejects a missing format', async () => {
    const r = await runExport([]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('缺少导出格式');
    expect(r.stderr).toContain('Missing export format');
  });

  it('rejects --out without a value', async () => {
    const r = await runExport(['pdf', '--out']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('缺少取值');
    expect(r.stderr).toContain('needs a value');
  });

  it('rejects an unwritable output path and leaves nothing behind', async () => {
    const blocker = join(work, 'not-a-folder');
    writeFileSync(blocker, 'x');
    const r = await runExport(['pptx', '--out', join(blocker, 'sub', 'deck.pptx')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('无法写入输出路径');
    expect(r.stderr).toContain('Cannot write to output path');
    expect(readdirSync(work)).toEqual(['not-a-folder']);
  });

  it('rejects a folder given as the output file', async () => {
    const dir = join(work, 'a-folder');
    mkdirSync(dir);
    const r = await runExport(['pptx', '--out', dir]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('是一个文件夹');
    expect(r.stderr).toContain('is a folder');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reports a missing browser without building or writing anything', async () => {
    const out = join(work, 'nobrowser', 'deck.pdf');
    const r = await runExport(['pdf', '--out', out], { CHROME_PATH: join(work, 'no-such-chrome') });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('浏览器不存在');
    expect(r.stderr).toContain('does not exist');
    expect(existsSync(join(work, 'nobrowser'))).toBe(false);
  });

  it('cleans up after a failure that happens once the export has started', async () => {
    const empty = join(work, 'empty-build');
    mkdirSync(empty);
    const out = join(work, 'started', 'deck.pdf');
    const r = await runExport(['pdf', '--dir', empty, '--out', out]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('没有 index.html');
    expect(r.stderr).toContain('has no index.html');
    expect(existsSync(join(work, 'started'))).toBe(false);
  });

  it('refuses a folder that claims to be writable but takes no files (/proc) before building or rendering', async () => {
    const out = '/proc/deck-export-probe.pdf';
    const r = await runExport(['pdf', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`无法写入输出路径 ${out}`);
    expect(r.stderr).toContain(`Cannot write to output path ${out}`);
    // An expected failure: no stack trace.
    expect(r.stderr).not.toMatch(/^\s+at\s/m);
    // No work was done: no build, no export header, no slide progress.
    expect(r.stderr).not.toContain('Building the deck');
    expect(r.stderr).not.toContain('Exporting pdf');
    expect(r.stderr).not.toMatch(/\d+\/\d+/);
    expect(r.stdout).toBe('');
  });

  it('refuses an unwritable PNG folder the same way', async () => {
    const r = await runExport(['png', '--out', '/proc/deck-export-probe-png']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Cannot write to output path /proc/deck-export-probe-png');
    expect(r.stderr).not.toMatch(/^\s+at\s/m);
    expect(r.stderr).not.toContain('Building the deck');
  });
});
