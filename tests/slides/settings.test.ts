import { describe, expect, it } from 'vitest';
import { settings } from '../../slides/settings.ts';
import { speech } from '../../slides/source/index.ts';

describe('deck settings defaults', () => {
  it('show the district as the source shows it, and leave what the speech does not say empty', () => {
    expect(settings.districtName).toBe('**');
    expect(settings.date).toBe('');
    expect(settings.speaker).toBe('');
    expect(settings.shareUrl).toBe('');
  });

  it('take the description from the speech’s own words', () => {
    const opening = speech.byId.get('open.2')!.text;
    for (const phrase of settings.description.split('，')) expect(opening, phrase).toContain(phrase);
  });

  it('give the speaker view a pace for every part', () => {
    expect(Object.keys(settings.pacingMinutes).sort()).toEqual([...speech.parts].sort());
    for (const m of Object.values(settings.pacingMinutes)) expect(m).toBeGreaterThan(0);
  });
});
