/**
 * What a presenter fills in. Defaults come from the speech; where the speech
 * is silent the field stays empty and the slides leave it out.
 */
import type { DeckSettings } from '../src/model/types.ts';

export const settings: DeckSettings = {
  meetingTitle: '区委经济工作会议讲话',
  // The source masks the district's name as "**"; shown as the source shows it.
  districtName: '**',
  date: '',
  speaker: '',
  shareUrl: '',
  description: '抢抓机遇，苦干实干，全力推进**发展新跨越',
  pacingMinutes: { open: 2, s1: 6, s2: 8, s3: 10, s4: 10, s5: 5, s6: 8, close: 1 },
};
