import { describe, expect, it } from 'vitest';
import { withDistrictName } from '../../src/model/district.ts';

describe('district name on the slides', () => {
  it('shows "**" as the source does until a name is set', () => {
    expect(withDistrictName('全力推进**发展新跨越', '**')).toBe('全力推进**发展新跨越');
    expect(withDistrictName('全力推进**发展新跨越', '')).toBe('全力推进**发展新跨越');
  });

  it('replaces every "**" once a name is set', () => {
    expect(withDistrictName('**的发展、**的未来', '某某')).toBe('某某的发展、某某的未来');
  });
});
