import { describe, expect, it } from 'vitest';
import { shareHead } from '../../scripts/share/plugin.ts';
import type { DeckSettings } from '../../src/model/types.ts';
import { tokens } from '../../src/theme/tokens.ts';

const settings: DeckSettings = {
  meetingTitle: '标题 "A" & <B>',
  description: '摘要',
  districtName: '**',
  speaker: '',
  date: '',
  shareUrl: '',
  pacingMinutes: { open: 1, close: 1 },
  confirmed: [],
};

describe('the <head> tags of a shared link', () => {
  it('without a share URL: the card tags only, escaped, in this order', () => {
    expect(shareHead(settings).split('\n    ')).toEqual([
      '<meta name="description" content="摘要">',
      `<meta name="theme-color" content="${tokens.color.red}">`,
      '<meta property="og:type" content="website">',
      '<meta property="og:locale" content="zh_CN">',
      '<meta property="og:title" content="标题 &quot;A&quot; &amp; &lt;B&gt;">',
      '<meta property="og:description" content="摘要">',
      '<meta name="twitter:title" content="标题 &quot;A&quot; &amp; &lt;B&gt;">',
      '<meta name="twitter:description" content="摘要">',
      '<meta name="twitter:card" content="summary">',
    ]);
  });

  it('with a share URL: its address, the canonical link and the preview image', () => {
    const tags = shareHead({ ...settings, shareUrl: 'https://example.org/a&b/' }).split('\n    ');
    expect(tags.slice(8)).toEqual([
      '<meta property="og:url" content="https://example.org/a&amp;b/">',
      '<link rel="canonical" href="https://example.org/a&amp;b/">',
      '<meta property="og:image" content="https://example.org/a&amp;b/og-image.png">',
      '<meta property="og:image:width" content="1200">',
      '<meta property="og:image:height" content="630">',
      '<meta property="og:image:alt" content="标题 &quot;A&quot; &amp; &lt;B&gt;：摘要">',
      '<meta name="twitter:card" content="summary_large_image">',
      '<meta name="twitter:image" content="https://example.org/a&amp;b/og-image.png">',
    ]);
    expect(shareHead({ ...settings, shareUrl: 'https://example.org/' }, false).split('\n    ').slice(8)).toEqual([
      '<meta property="og:url" content="https://example.org/">',
      '<link rel="canonical" href="https://example.org/">',
      '<meta name="twitter:card" content="summary">',
    ]);
  });
});
