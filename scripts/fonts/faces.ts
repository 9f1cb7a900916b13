/**
 * Which open-licensed fonts the deck bundles, where their full files come
 * from (npm packages of Google's Noto CJK builds, SIL OFL 1.1) and which
 * licence goes with each. Exporters reuse this list (PDF, PPTX).
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { FONT_FAMILY } from '../../src/theme/fonts.ts';
import { projectRoot } from '../lib/build.ts';

const require = createRequire(import.meta.url);

export interface DeckFace {
  /** CSS family the deck asks for. */
  readonly family: string;
  readonly weight: 400 | 700;
  /** What the face sets: body text, bold body text, or titles. Decides which characters load first. */
  readonly role: 'body' | 'bold' | 'title';
  /** File-name stem of the subset files: deck-sans-sc-400. */
  readonly slug: string;
  /** The full source font, as published. */
  readonly source: string;
  readonly sourceName: string;
  /** Licence text shipped next to the subset files. */
  readonly license: string;
}

const face = (family: string, weight: 400 | 700, role: DeckFace['role'], pkg: string, file: string, sourceName: string, license: string): DeckFace => ({
  family,
  weight,
  role,
  slug: `${family.toLowerCase().replace(/\s+/g, '-')}-${weight}`,
  source: require.resolve(`${pkg}/${file}`),
  sourceName,
  license: join(projectRoot, 'assets/fonts', license),
});

/**
 * Body: Noto Sans SC Regular and Bold. Titles: Noto Serif SC Bold, a heavy
 * song face in the manner of the 小标宋 of official documents; it also serves
 * the 900 weight (divider numerals), so no second serif file is loaded.
 */
export const DECK_FACES: readonly DeckFace[] = [
  face(FONT_FAMILY.sans, 400, 'body', '@expo-google-fonts/noto-sans-sc', '400Regular/NotoSansSC_400Regular.ttf', 'Noto Sans SC Regular', 'OFL-NotoSansSC.txt'),
  face(FONT_FAMILY.sans, 700, 'bold', '@expo-google-fonts/noto-sans-sc', '700Bold/NotoSansSC_700Bold.ttf', 'Noto Sans SC Bold', 'OFL-NotoSansSC.txt'),
  face(FONT_FAMILY.serif, 700, 'title', '@expo-google-fonts/noto-serif-sc', '700Bold/NotoSerifSC_700Bold.ttf', 'Noto Serif SC Bold', 'OFL-NotoSerifSC.txt'),
];

export const FONT_LICENSES = [...new Set(DECK_FACES.map((f) => f.license))];
