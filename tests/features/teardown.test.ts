// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { features } from '../../src/features/index.ts';
import { slideFonts } from '../../src/features/slide-fonts.ts';
import { startApp, type TestApp } from './dom-app.ts';

// Each test renders the whole real deck into the page: allow for a busy machine.
// Work that follows a slide change runs in a task of its own (Cleanup.after): let it run.
const afterChange = () => new Promise((ok) => setTimeout(ok, 5));

describe('taking the deck down (main.ts on a dev reload)', { timeout: 20_000 }, () => {
  let t: TestApp | undefined;
  afterEach(() => {
    t?.destroy();
    t = undefined;
  });

  it('destroys every feature, then the charts and reveal.js; no key or reveal event reaches the old deck', async () => {
    const app = startApp(features);
    app.press('m');
    expect(app.app.overlays.current()?.id).toBe('toc');
    app.destroy();
    expect(app.reveal.destroyed).toEqual(['charts', 'reveal']);
    expect(app.app.overlays.current()).toBeNull();
    const e = new KeyboardEvent('keydown', { key: 'b', bubbles: true, cancelable: true });
    document.body.dispatchEvent(e);
    expect(e.defaultPrevented).toBe(false);
    delete document.documentElement.dataset.slideFonts;
    app.app.reveal.slide(3);
    await afterChange();
    expect(document.documentElement.dataset.slideFonts).toBeUndefined();
  });

  it('stops fetching the neighbours\' fonts once destroyed', async () => {
    t = startApp([slideFonts]);
    const root = document.documentElement;
    delete root.dataset.slideFonts;
    t.app.reveal.slide(2);
    await afterChange();
    // Loading, or already loaded (the test page's fonts answer at once): either way it followed the change.
    expect(['loading', t.app.reveal.getCurrentSlide()?.id]).toContain(root.dataset.slideFonts);
    slideFonts.destroy?.();
    delete root.dataset.slideFonts;
    t.app.reveal.slide(3);
    await afterChange();
    expect(root.dataset.slideFonts).toBeUndefined();
  });
});
