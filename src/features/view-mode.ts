/**
 * One page, three roles: the deck itself, the speaker view (`?speaker`) and
 * the slide previews inside the speaker view (`?preview`). Using the same
 * URL keeps the speaker view working from a single HTML file opened from
 * disk, where a second entry page would not exist.
 */
export type ViewMode = 'deck' | 'speaker' | 'preview';

export function viewModeOf(search: string): ViewMode {
  const params = new URLSearchParams(search);
  if (params.has('speaker')) return 'speaker';
  if (params.has('preview')) return 'preview';
  return 'deck';
}

/** The current page's role; 'deck' outside a browser. */
export const viewMode: ViewMode = typeof location === 'undefined' ? 'deck' : viewModeOf(location.search);

/** The URL of this page in another role, without hash (works for http: and file: URLs alike). */
export function urlForView(href: string, mode: ViewMode): string {
  const url = new URL(href);
  url.search = mode === 'deck' ? '' : `?${mode}`;
  url.hash = '';
  return url.href;
}
