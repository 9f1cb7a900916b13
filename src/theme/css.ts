import { tokens } from './tokens.ts';

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** `:root { --color-red: …; --size-title: 68px; … }` generated from the tokens. */
export function tokensToCss(t = tokens): string {
  const lines: string[] = [];
  for (const [name, value] of Object.entries(t.color)) lines.push(`--color-${kebab(name)}: ${value};`);
  for (const [name, value] of Object.entries(t.font)) lines.push(`--font-${kebab(name)}: ${value};`);
  for (const [name, value] of Object.entries(t.size)) {
    lines.push(`--size-${kebab(name)}: ${name === 'lineHeight' ? value : `${value}px`};`);
  }
  for (const [name, value] of Object.entries(t.space)) lines.push(`--space-${kebab(name)}: ${value}px;`);
  lines.push(`--motion-chart-ms: ${t.motion.chartMs}ms;`);
  return `:root {\n  ${lines.join('\n  ')}\n}\n`;
}

/** Installs the token CSS once, before the slides render. */
export function installThemeCss(doc: Document = document): void {
  if (doc.getElementById('theme-tokens')) return;
  const style = doc.createElement('style');
  style.id = 'theme-tokens';
  style.textContent = tokensToCss();
  doc.head.prepend(style);
}
