/**
 * What a presenter fills in before the meeting. Defaults come from the
 * speech; where the speech is silent the field stays empty and the cover and
 * closing slides leave it out (docs/source-notes.md, item 8).
 */
import type { DeckSettings } from '../src/model/types.ts';
import type { CheckId } from './checks.ts';

export const settings: DeckSettings = {
  /** Shown on the cover and the closing slide. Not in the speech text (it names no meeting title): check before use. */
  meetingTitle: '在区委经济工作会议上的讲话',
  /**
   * The source masks the district's name as "**" and the slides show it that way.
   * Set the real name here and every "**" on the slides shows it; the notes stay verbatim.
   */
  districtName: '**',
  /** e.g. "2024年1月"; not in the speech, so empty. */
  date: '',
  /** e.g. the speaker's name and title; not in the speech, so empty. */
  speaker: '',
  /** Absolute URL where the deck is published (the closing slide's QR code); empty when unknown. */
  shareUrl: '',
  description: '抢抓机遇，苦干实干，全力推进**发展新跨越',
  /** Suggested minutes per part, for the speaker view's pacing. */
  pacingMinutes: { open: 2, s1: 6, s2: 8, s3: 10, s4: 10, s5: 5, s6: 8, close: 1 },
  /**
   * Source-notes items confirmed before the meeting; `npm run check` lists what is still open.
   * Ids: 'year-conflict', 'district-place-names', 'missing-item-1' (slides/checks.ts).
   */
  confirmed: [] satisfies CheckId[],
};
