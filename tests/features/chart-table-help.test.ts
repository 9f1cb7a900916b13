import { afterEach, describe, expect, it, vi } from 'vitest';
import { helpGroups } from '../../src/features/keys.ts';

describe('chart data table key', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists T on the help overlay once the feature is bound, like E and Q', async () => {
    // The feature only registers listeners in bind(): minimal stand-ins for the browser globals.
    const listeners = { addEventListener: () => undefined };
    vi.stubGlobal('document', listeners);
    vi.stubGlobal('window', listeners);
    const { chartTableToggle } = await import('../../src/features/chart-table.ts');
    const before = helpGroups.flatMap((g) => g.entries).filter((e) => e.keys.includes('T'));
    expect(before).toHaveLength(0);
    chartTableToggle.bind!({ reveal: { on: () => undefined } } as never);
    const entries = helpGroups.flatMap((g) => g.entries).filter((e) => e.keys.includes('T'));
    expect(entries).toHaveLength(1);
    expect(entries[0].what).toContain('数据表');
  });
});
