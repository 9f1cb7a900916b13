/** `npm run check` as a command: its output and exit codes (it is never run on the real settings' outcome by npm test). */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checks } from '../../slides/checks.ts';
import { settings as real } from '../../slides/settings.ts';
import { unsettled } from '../../src/model/readiness.ts';
import { deck as fixture } from '../fixtures/three-part/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

function runCheckCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((ok) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/check.ts', ...args], { cwd: root, env: { ...process.env, ...env } }, (error, stdout, stderr) =>
      ok({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run check', { timeout: 30_000 }, () => {
  it('exits 0 and ticks every item when all is settled', async () => {
    const r = await runCheckCli(['--settings', 'tests/model/fixtures/settled-settings.ts']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('会前检查通过');
    expect(r.stdout).not.toContain('✗');
    expect(r.stdout.match(/^✓ /gm)).toHaveLength(7);
  });

  it('exits 1 and lists what is open, with the line to change', async () => {
    const r = await runCheckCli(['--settings', 'tests/model/fixtures/partly-settled-settings.ts']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('会前检查未通过：还有 4 项待确认 / 4 items unsettled');
    expect(r.stdout.match(/^✗ /gm)).toHaveLength(4);
    expect(r.stdout.match(/^✓ /gm)).toHaveLength(3);
    expect(r.stdout).toMatch(/✗ 填写讲话人 · set the speaker\n\s+改 \/ edit：tests\/model\/fixtures\/partly-settled-settings\.ts 第8行/);
    expect(r.stdout).toContain("add 'district-place-names' to confirmed");
    expect(r.stdout).not.toContain("add 'year-conflict' to confirmed");
  });

  it('checks slides/settings.ts by default, with the same verdict as the pure check', async () => {
    const r = await runCheckCli([]);
    const open = unsettled(real, checks).length;
    expect(r.code).toBe(open ? 1 : 0);
    expect(r.stdout).toContain(open ? `还有 ${open} 项待确认` : '会前检查通过');
    expect(r.stdout).toContain('slides/settings.ts');
  });

  it('checks the settings of the deck DECK_DIR names, and names that file', async () => {
    const r = await runCheckCli([], { DECK_DIR: 'tests/fixtures/three-part' });
    const open = unsettled(fixture.settings, fixture.checks).length;
    expect(open).toBeGreaterThan(0);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`还有 ${open} 项待确认`);
    expect(r.stdout).toMatch(/✗ 填写讲话人 · set the speaker\n\s+改 \/ edit：tests\/fixtures\/three-part\/settings\.ts 第\d+行/);
    expect(r.stdout).not.toContain('slides/settings.ts');
  });

  it('exits 2 on bad usage', async () => {
    const missing = await runCheckCli(['--settings', 'no/such/settings.ts']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Settings file not found');
    const unknown = await runCheckCli(['--frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Invalid arguments');
    const typo = await runCheckCli(['--settings', 'tests/model/fixtures/typo-settings.ts']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('unknown ids in confirmed: year-conflit');
  });
});
