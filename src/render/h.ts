/** A tiny element builder: text goes in through textContent, never as HTML. */
type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}

/** Text with some words marked as emphasis (drawn in the accent colour). */
export function emphasised(text: string, words: readonly string[] = []): (Node | string)[] {
  const hits = words.filter((w) => w && text.includes(w));
  if (!hits.length) return [text];
  const pattern = new RegExp(`(${hits.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'g');
  return text
    .split(pattern)
    .filter(Boolean)
    .map((part) => (hits.includes(part) ? h('strong', { class: 'em' }, part) : part));
}
