/** Colours derived from the theme tokens: the one way code writes a translucent or tinted colour, so none is typed in by hand. */

function channels(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`a #RRGGBB colour is needed, got ${hex}`);
  return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
}

/** A theme colour (#RRGGBB) at an opacity, as CSS rgba(). */
export function alpha(hex: string, opacity: number): string {
  return `rgba(${channels(hex).join(',')},${opacity})`;
}

/** `hex` mixed with `base` (both #RRGGBB): `share` of the colour, the rest of the base; as #RRGGBB. */
export function mix(hex: string, base: string, share: number): string {
  const [a, b] = [channels(hex), channels(base)];
  return '#' + a.map((v, i) => Math.round(v * share + b[i] * (1 - share)).toString(16).padStart(2, '0')).join('').toUpperCase();
}
