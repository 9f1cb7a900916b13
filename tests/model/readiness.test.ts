/** The pre-meeting check as pure logic: which items are open for which settings, and where each is fixed. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deckDirOf, deckSettingsFile } from '../../scripts/lib/build.ts';
import { checks } from '../../slides/checks.ts';
import { settings as real } from '../../slides/settings.ts';
import { checkItems, fieldLine, fixHint, NO_CHECKS, runCheck, summaryLine, unknownConfirmations, unsettled, type ReadinessSettings } from '../../src/model/readiness.ts';
import { settings as settled } from './fixtures/settled-settings.ts';
import { settings as partly } from './fixtures/partly-settled-settings.ts';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const ids = (s: ReadinessSettings) => unsettled(s, checks).map((i) => i.id);
const CHECK_IDS = checks.confirmations.map((c) => c.id);
const CHECK_ITEMS = checkItems(checks);

describe('pre-meeting check', () => {
  it('lists every item as open for the settings as shipped from the speech', () => {
    const shipped: ReadinessSettings = { districtName: '**', speaker: '', date: '', shareUrl: '', confirmed: [] };
    expect(ids(shipped)).toEqual(['districtName', 'speaker', 'date', 'shareUrl', 'year-conflict', 'district-place-names', 'missing-item-1']);
    expect(summaryLine(unsettled(shipped, checks).length)).toBe('会前检查未通过：还有 7 项待确认 / 7 items unsettled');
  });

  it('has nothing open once everything is filled in and confirmed', () => {
    expect(ids(settled)).toEqual([]);
    expect(runCheck(settled, checks).every((r) => r.settled)).toBe(true);
    expect(summaryLine(0)).toBe('会前检查通过：各项均已确认 / all items settled');
  });

  it('treats blank strings as empty and confirms only the listed ids', () => {
    expect(ids(partly)).toEqual(['speaker', 'shareUrl', 'district-place-names', 'missing-item-1']);
  });

  it('keeps the district name open while it is still the mask, even padded', () => {
    expect(ids({ ...settled, districtName: ' ** ' })).toEqual(['districtName']);
    expect(ids({ ...settled, districtName: '' })).toEqual(['districtName']);
  });

  it('opens exactly the one item whose confirmation is withdrawn', () => {
    for (const id of CHECK_IDS) {
      expect(ids({ ...settled, confirmed: CHECK_IDS.filter((x) => x !== id) })).toEqual([id]);
    }
  });

  it('agrees with the real settings file: a confirmation only counts for a known id', () => {
    const open = ids(real);
    for (const id of CHECK_IDS) expect(open.includes(id)).toBe(!real.confirmed.includes(id));
    expect(unknownConfirmations(real, checks)).toEqual([]);
    expect(unknownConfirmations({ ...real, confirmed: ['year-conflict', 'year-conflit'] }, checks)).toEqual(['year-conflit']);
  });

  it('knows no particular speech: a deck without checks asks only for the settings', () => {
    const shipped: ReadinessSettings = { districtName: '**', speaker: '', date: '', shareUrl: '', confirmed: [] };
    expect(unsettled(shipped, NO_CHECKS).map((i) => i.id)).toEqual(['districtName', 'speaker', 'date', 'shareUrl']);
    expect(checkItems(NO_CHECKS).some((i) => i.sourceNote)).toBe(false);
    expect(unknownConfirmations({ ...shipped, confirmed: ['year-conflict'] }, NO_CHECKS)).toEqual(['year-conflict']);
  });

  it('names the line of slides/settings.ts to change for every item', () => {
    expect(deckSettingsFile()).toBe('slides/settings.ts');
    const source = read(deckSettingsFile());
    const lines = source.split('\n');
    for (const item of CHECK_ITEMS) {
      const line = fieldLine(source, item.field);
      expect(line, item.id).not.toBeNull();
      expect(lines[(line ?? 0) - 1]).toMatch(new RegExp(`^\\s*${item.field}:`));
      expect(fixHint(item, line, deckSettingsFile())[0]).toContain(`slides/settings.ts 第${line}行`);
    }
    expect(fieldLine('const x = 1;', 'confirmed')).toBeNull();
  });

  it('names the settings file of the deck being checked: another deck folder (DECK_DIR) has its own', () => {
    const fixture = deckSettingsFile(deckDirOf({ DECK_DIR: 'tests/fixtures/three-part' }));
    expect(fixture).toBe('tests/fixtures/three-part/settings.ts');
    const item = CHECK_ITEMS.find((i) => i.id === 'speaker')!;
    expect(fixHint(item, 8, fixture)[0]).toBe('改 / edit：tests/fixtures/three-part/settings.ts 第8行 / line 8，填写 speaker / fill in speaker');
  });

  it('tells the presenter which id to add for a confirmation', () => {
    const item = CHECK_ITEMS.find((i) => i.id === 'missing-item-1');
    expect(item && fixHint(item, 29, 'slides/settings.ts')).toEqual([
      "改 / edit：slides/settings.ts 第29行 / line 29，在 confirmed 中加入 'missing-item-1' / add 'missing-item-1' to confirmed",
      '说明 / see：docs/source-notes.md 第 2、3 条 / item 2, 3',
    ]);
  });

  it('points at the source-notes items that explain it (the rows still say so)', () => {
    const notes = read('docs/source-notes.md');
    const row = (n: number) => notes.split('\n').find((l) => l.startsWith(`| ${n} |`)) ?? '';
    const linked = CHECK_ITEMS.filter((i) => i.sourceNote);
    expect(linked.map((i) => i.id)).toEqual(['districtName', ...CHECK_IDS]);
    for (const item of linked) {
      for (const n of item.sourceNote?.items ?? []) expect(row(n), `${item.id} → item ${n}`).toContain(item.sourceNote?.phrase);
    }
  });

  it('gives every item unique ids and both Chinese and English text', () => {
    expect(new Set(CHECK_ITEMS.map((i) => i.id)).size).toBe(CHECK_ITEMS.length);
    for (const i of CHECK_ITEMS) {
      for (const [zh, en] of [i.todo, i.done]) {
        expect(zh).toMatch(/[\u4e00-\u9fff]/);
        expect(en).toMatch(/^[\x20-\x7e\u4e00-\u9fff*/]+$/);
      }
    }
  });
});

describe('pre-meeting check in the speaker view', () => {
  it('gives the hint in Chinese only, without line numbers it cannot know', () => {
    const item = CHECK_ITEMS.find((i) => i.id === 'year-conflict');
    expect(item && fixHint(item, null, 'slides/settings.ts', 'zh')).toEqual(["改：slides/settings.ts，在 confirmed 中加入 'year-conflict'", '说明：docs/source-notes.md 第 7 条']);
  });

  it('shows nothing once everything is settled', async () => {
    // Settled settings never touch the DOM, so this runs in node.
    const { checkListPanel } = await import('../../src/features/speaker/check-list.ts');
    expect(checkListPanel(settled, checks, 'slides/settings.ts')).toBeNull();
  });
});
