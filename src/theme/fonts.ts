/**
 * The deck's bundled web fonts, as the page sees them. The @font-face rules
 * are generated at build time by scripts/fonts/plugin.ts: each face is subset
 * to the deck's characters and cut into unicode-range slices by where they
 * first appear (slice 0: the cover). This module names the families and loads
 * the slices a slide needs before it is shown, so text never flashes a
 * fallback glyph and canvas charts never measure or draw with a fallback font.
 *
 * A slide's needs come from the build's plan (a <meta>: for each slide, the
 * slices of each face it draws from, chart labels included; tests/e2e/fonts.test.ts
 * holds it to every text run of every slide). Without a plan (the single file,
 * whose faces are whole) they come from the slide's own text, each run in the
 * face its computed style asks for.
 */
import { tokens } from './tokens.ts';

const firstFamily = (stack: string): string => stack.split(',')[0].trim().replace(/^["']|["']$/g, '');

/** "Deck Serif SC" (titles) and "Deck Sans SC" (body), taken from the tokens. */
export const FONT_FAMILY = {
  serif: firstFamily(tokens.font.serif),
  sans: firstFamily(tokens.font.sans),
} as const;

/** The weights that have a real face; other weights map onto these. */
export const FONT_FACES = [
  { family: FONT_FAMILY.sans, weight: 400 },
  { family: FONT_FAMILY.sans, weight: 700 },
  { family: FONT_FAMILY.serif, weight: 700 },
] as const;

/** Name of the <meta> that carries the plan (written by scripts/fonts/plugin.ts). */
export const FONT_PLAN_META = 'deck-font-plan';

/** The build's plan: see FontPlan in scripts/fonts/subset.ts. */
interface FontPlan {
  readonly faces: readonly { readonly family: string; readonly weight: number; readonly probe: readonly string[] }[];
  readonly slides: readonly (readonly [string, ...(readonly number[])[]])[];
}

const plans = new WeakMap<Document, FontPlan | null>();

function planOf(doc: Document): FontPlan | null {
  if (plans.has(doc)) return plans.get(doc) ?? null;
  let plan: FontPlan | null;
  try {
    const raw = doc.querySelector<HTMLMetaElement>(`meta[name="${FONT_PLAN_META}"]`)?.content;
    plan = raw ? (JSON.parse(raw) as FontPlan) : null;
  } catch {
    plan = null; // a broken plan only loses the chart labels' head start; the slide's own text still loads
  }
  plans.set(doc, plan);
  return plan;
}

/** `font` shorthand → text: what the slide draws in each face. Speaker notes are not shown on it. */
export function slideFontNeeds(section: Element): Map<string, string> {
  const doc = section.ownerDocument;
  const needs = new Map<string, string>();
  const add = (font: string, text: string) => needs.set(font, (needs.get(font) ?? '') + text);
  const plan = planOf(doc);
  const entry = plan?.slides.find((s) => s[0] === section.id);
  if (plan && entry) {
    plan.faces.forEach((face, i) => {
      const probes = (entry[i + 1] as readonly number[]).map((n) => face.probe[n] ?? '').join('');
      if (probes) add(`${face.weight} 16px "${face.family}"`, probes);
    });
    // No style lookups: at boot they would cost a style pass over every slide before the cover shows.
    return needs;
  }
  const view = doc.defaultView;
  if (view) {
    const walker = doc.createTreeWalker(section, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.nodeValue?.trim();
      if (!el || !text || el.closest('aside.notes')) continue;
      const cs = view.getComputedStyle(el);
      add(`${cs.fontStyle} ${cs.fontWeight} 16px ${cs.fontFamily}`, text);
    }
  }
  return needs;
}

function checks(fonts: FontFaceSet, needs: Map<string, string>): boolean {
  for (const [font, text] of needs) {
    try {
      if (!fonts.check(font, text)) return false;
    } catch {
      // an unparsable font shorthand names no face of ours
    }
  }
  return true;
}

/** True when every glyph the slide draws is loaded in the face it is drawn in. */
export function slideFontsLoaded(section: Element): boolean {
  const fonts = section.ownerDocument.fonts;
  return !fonts || typeof fonts.check !== 'function' || checks(fonts, slideFontNeeds(section));
}

const pending = new WeakMap<Element, Promise<boolean>>();

/**
 * Loads the slices the slide draws from and resolves true when they are in;
 * false after `timeoutMs` or on a font error, so a broken font never stops the
 * deck. Each slide's slices are requested once.
 */
export function loadSlideFonts(section: Element, timeoutMs = 4000): Promise<boolean> {
  const fonts = section.ownerDocument.fonts;
  if (!fonts || typeof fonts.load !== 'function') return Promise.resolve(false);
  const known = pending.get(section);
  if (known) return known;
  const needs = slideFontNeeds(section);
  if (checks(fonts, needs)) return Promise.resolve(true);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<boolean>((ok) => {
    timer = setTimeout(() => ok(false), timeoutMs);
  });
  const loads = Promise.all([...needs].map(([font, text]) => fonts.load(font, text))).then(
    () => true,
    () => false,
  );
  const done = Promise.race([loads, timeout]).then((ok) => {
    clearTimeout(timer);
    if (!ok) pending.delete(section); // try again next time it is wanted
    return ok;
  });
  pending.set(section, done);
  return done;
}

/** The slide a `#/slide-id[/fragment]` or `#/index` address opens (reveal's hash format); the first one otherwise. */
export function slideForHash(sections: readonly Element[], hash: string): Element | undefined {
  const m = /^#\/([^/?]+)/.exec(hash);
  if (m) {
    let name = m[1];
    try {
      name = decodeURIComponent(name);
    } catch {
      /* malformed: reveal falls back to the first slide too */
    }
    const byId = sections.find((s) => s.id === name);
    if (byId) return byId;
    if (/^\d+$/.test(name) && Number(name) < sections.length) return sections[Number(name)];
  }
  return sections[0];
}
