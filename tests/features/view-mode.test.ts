import { describe, expect, it } from 'vitest';
import { urlForView, viewModeOf } from '../../src/features/view-mode.ts';

describe('view mode from the URL', () => {
  it('recognises the speaker view and the previews', () => {
    expect(viewModeOf('')).toBe('deck');
    expect(viewModeOf('?speaker')).toBe('speaker');
    expect(viewModeOf('?preview')).toBe('preview');
    expect(viewModeOf('?print-pdf')).toBe('deck');
  });

  it('builds the other roles\' URLs for http and for a file opened from disk, without the hash', () => {
    expect(urlForView('http://127.0.0.1:5173/decks/2024/index.html?x=1#/part-3', 'speaker')).toBe('http://127.0.0.1:5173/decks/2024/index.html?speaker');
    expect(urlForView('file:///home/u/%E8%AE%B2%E8%AF%9D.html#/cover', 'preview')).toBe('file:///home/u/%E8%AE%B2%E8%AF%9D.html?preview');
    expect(urlForView('https://example.org/deck/?speaker#/a', 'deck')).toBe('https://example.org/deck/');
  });
});
