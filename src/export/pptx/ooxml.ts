/** Fixes to the OOXML pptxgenjs writes, applied when the presentation is written. */
import JSZip from 'jszip';
import type PptxGenJS from 'pptxgenjs';

type Pptx = PptxGenJS;

/** Series name → fixed bar label, per presentation, applied when it is written (pptxgenjs labels only values). */
const seriesLabels = new WeakMap<Pptx, Map<string, string>>();

/**
 * pptxgenjs writes one <a:pPr> per run, so a paragraph with an emphasised
 * word gets several, which the schema forbids: PowerPoint may offer to
 * "repair" the file and LibreOffice applies the last one (losing the
 * bullet). Keep each paragraph's first pPr, placed before its first run.
 */
export function fixParagraphProps(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (whole, inner: string) => {
    const props = /<a:pPr\b[^>]*\/>|<a:pPr\b[^>]*>[\s\S]*?<\/a:pPr>/g;
    const all = inner.match(props);
    if (!all || all.length < 2) return whole;
    return `<a:p>${all[0]}${inner.replace(props, '')}</a:p>`;
  });
}

/**
 * pptxgenjs puts the whole notes string in one run, newlines and all, which
 * PowerPoint does not show as paragraph breaks: give each speech paragraph
 * its own <a:p>, with the same run properties.
 */
export function splitNoteParagraphs(xml: string): string {
  return xml.replace(/<a:r>(<a:rPr\b[^>]*\/>|<a:rPr\b[^>]*>[\s\S]*?<\/a:rPr>)?<a:t>([^<]*)<\/a:t><\/a:r>/g, (whole, rpr: string | undefined, t: string) => {
    if (!/[\r\n]/.test(t)) return whole;
    return t
      .split(/[\r\n]+/)
      .map((line) => `<a:r>${rpr ?? ''}<a:t>${line}</a:t></a:r>`)
      .join('</a:p><a:p>');
  });
}

/** The fixed bar labels of a presentation (series name → label), filled while its slides are built. */
export function labelsOf(pres: Pptx): Map<string, string> {
  let m = seriesLabels.get(pres);
  if (!m) seriesLabels.set(pres, (m = new Map<string, string>()));
  return m;
}

const xmlEscape = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Gives the named series of a chart a fixed data label: a number format that
 * prints the text for a positive value and nothing otherwise ("以上";;;), shown
 * in the middle of the bar. Other series keep pptxgenjs' labels.
 */
export function labelSeries(xml: string, labels: ReadonlyMap<string, string>): string {
  if (!labels.size) return xml;
  return xml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => {
    const name = /<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser)?.[1];
    const label = [...labels].find(([n]) => xmlEscape(n) === name)?.[1];
    if (!label) return ser;
    return ser.replace(/<c:dLbls>[\s\S]*?<\/c:dLbls>/, (d) =>
      d
        .replace(/<c:numFmt formatCode="[^"]*"/, `<c:numFmt formatCode="${xmlEscape(`"${label.replace(/"/g, '')}";;;`)}"`)
        .replace(/<c:dLblPos val="[^"]*"\/>/, '')
        .replace('<c:showLegendKey', '<c:dLblPos val="ctr"/><c:showLegendKey')
        .replace('<c:showVal val="0"/>', '<c:showVal val="1"/>'),
    );
  });
}

/** Writes the presentation, with the paragraph fixes applied to every slide and its notes. */
export async function writePresentation(pres: Pptx): Promise<Uint8Array> {
  const raw = (await pres.write({ outputType: 'uint8array' })) as Uint8Array;
  const zip = await JSZip.loadAsync(raw);
  for (const name of Object.keys(zip.files).filter((n) => /^ppt\/(slides|notesSlides)\/[^/]+\.xml$/.test(n))) {
    const xml = fixParagraphProps(await zip.file(name)!.async('string'));
    zip.file(name, name.includes('notesSlides') ? splitNoteParagraphs(xml).replace(/lang="en-US"/g, 'lang="zh-CN"') : xml);
  }
  const labels = seriesLabels.get(pres) ?? new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))) {
    zip.file(name, labelSeries(await zip.file(name)!.async('string'), labels));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
}
