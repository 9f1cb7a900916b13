import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeckApp } from '../../src/app.ts';

const app = {} as DeckApp;

async function load(mode: 'deck' | 'speaker' | 'preview') {
  vi.resetModules();
  vi.doMock('../../src/features/view-mode.ts', () => ({ viewMode: mode }));
  return (await import('../../src/features/deck-window-feature.ts')).deckWindowFeature;
}

describe('a feature of the deck window', () => {
  afterEach(() => vi.doUnmock('../../src/features/view-mode.ts'));

  it('binds and readies in the deck window, and destroy undoes what both recorded', async () => {
    const deckWindowFeature = await load('deck');
    const undone: string[] = [];
    const f = deckWindowFeature('probe', {
      bind: (_app, cleanup) => void cleanup.add(() => undone.push('bind')),
      ready: (_app, cleanup) => void cleanup.add(() => undone.push('ready')),
    });
    expect(f.name).toBe('probe');
    f.bind?.(app);
    f.ready?.(app);
    f.destroy?.();
    expect(undone).toEqual(['ready', 'bind']);
    f.destroy?.();
    expect(undone).toHaveLength(2);
  });

  it('does nothing in the speaker view or its previews', async () => {
    for (const mode of ['speaker', 'preview'] as const) {
      const deckWindowFeature = await load(mode);
      const ran: string[] = [];
      const f = deckWindowFeature('probe', { bind: () => ran.push('bind'), ready: () => ran.push('ready') });
      f.bind?.(app);
      f.ready?.(app);
      f.destroy?.();
      expect(ran, mode).toEqual([]);
    }
  });
});
