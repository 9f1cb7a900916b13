// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { checkListPanel } from '../../../src/features/speaker/check-list.ts';
import { unsettled } from '../../../src/model/readiness.ts';
import { deck } from '../../fixtures/three-part/index.ts';

describe('the speaker view\'s pre-meeting check, for another deck (DECK_DIR)', () => {
  it('lists that deck\'s open items and names that deck\'s settings file in every hint', () => {
    // As scripts/lib/build.ts deckSettingsFile names it (tests/model/readiness.test.ts); vite.config.ts passes it on.
    const file = 'tests/fixtures/three-part/settings.ts';
    const panel = checkListPanel(deck.settings, deck.checks, file)!;
    const open = unsettled(deck.settings, deck.checks);
    expect(Array.from(panel.querySelectorAll('li')).map((li) => li.dataset.check)).toEqual(open.map((i) => i.id));
    const hints = Array.from(panel.querySelectorAll('li small')).map((s) => s.textContent ?? '');
    expect(hints).toHaveLength(open.length);
    for (const h of hints) expect(h).toMatch(/^改：tests\/fixtures\/three-part\/settings\.ts，/);
  });
});
