/** Reads which characters a font file (woff2, woff or TrueType) has glyphs for, with harfbuzz. */
import { convert } from 'fontverter';
import * as hb from 'harfbuzzjs';

export async function fontCodepoints(data: Uint8Array): Promise<Set<number>> {
  const sfnt = await convert(Buffer.from(data), 'sfnt');
  const face = new hb.Face(new hb.Blob(new Uint8Array(sfnt)));
  return new Set(face.collectUnicodes());
}
