/**
 * Live mode: the deck opened from the URLs `npm run live` prints.
 *
 * The page learns it is live from `?live` in its own address, which only the
 * live server's URLs carry; without it (any other server, the single file
 * opened from disk) this feature does nothing, shows nothing and requests
 * nothing: the client (client.ts, its styles and socket code) is a separate
 * chunk fetched only by a live page, and the single file does not carry it.
 * The presenter URL adds `#key=…`: the fragment never goes to the server in
 * an HTTP request, and the page sends the key as its first WebSocket
 * message, then removes it from the address bar.
 */
import type { DeckFeature } from '../../app.ts';
import { Cleanup } from '../cleanup.ts';
import { showToast } from '../toast.ts';
import { viewMode } from '../view-mode.ts';
import { KEY_PARAM, KEY_PATTERN, LIVE_PARAM } from './protocol.ts';

const KEY_STORE = 'deck-live-key';

/** Whether this page should go live, from its own address only. */
export function isLiveUrl(href: string): boolean {
  const u = new URL(href);
  return (u.protocol === 'http:' || u.protocol === 'https:') && u.searchParams.has(LIVE_PARAM);
}

/** The presenter key in a `#key=…` fragment, or null. */
export function keyFromHash(hash: string): string | null {
  const m = new RegExp(`^#${KEY_PARAM}=([A-Za-z0-9_-]+)$`).exec(hash);
  return m && KEY_PATTERN.test(m[1]) ? m[1] : null;
}

function takeKey(): string | null {
  const fromHash = keyFromHash(location.hash);
  let store: Storage | null = null;
  try {
    store = sessionStorage;
  } catch {
    /* storage disabled */
  }
  if (fromHash) {
    // Out of the address bar before reveal reads the hash, and out of any link copied from it.
    history.replaceState(history.state, '', location.pathname + location.search);
    try {
      store?.setItem(KEY_STORE, fromHash);
    } catch {
      /* the key then lasts until a reload */
    }
    return fromHash;
  }
  // A reload of the presenter tab keeps its key (sessionStorage is per tab).
  const kept = store?.getItem(KEY_STORE) ?? null;
  return kept && KEY_PATTERN.test(kept) ? kept : null;
}

const cleanup = new Cleanup();

export const live: DeckFeature = {
  name: 'live',
  bind(app) {
    // The single file is opened from disk, never from the live server: it carries no live code at all.
    if (import.meta.env.MODE === 'single') return;
    if (viewMode !== 'deck' || !isLiveUrl(location.href)) return;
    const key = takeKey();
    // Bound before reveal starts (the key leaves the hash first); connected once it is ready.
    cleanup.on(app.reveal, 'ready', () => {
      import('./client.ts').then(
        (client) => client.startLive(app, key, cleanup),
        () => showToast('直播功能加载失败，请刷新页面。 The live client failed to load: reload the page.', 12_000),
      );
    });
  },
  destroy() {
    cleanup.run();
  },
};
