/**
 * Words that never belong on a projected slide: commentary on the source,
 * the contested year, derivation marks and level words the speech does not
 * use. Shared by the model test (tests/slides/screen.test.ts) and the checks
 * of rendered and exported text.
 */
const RULES: readonly { readonly re: RegExp; readonly why: string }[] = [
  { re: /未列明|列明\s*\d|未点名|讲话第|来源：|原文/u, why: 'commentary on the source' },
  { re: /推算|按级别计数|≈|\d+(?:\.\d+)?\s*[%％]/u, why: 'a derivation' },
  // The speech's only year, and the one it contradicts itself on (docs/source-notes.md item 7).
  { re: /2024/u, why: 'the contested year' },
  { re: /全国级|全省级|全市级|国家级|省级|市级/u, why: 'a level word the speech does not use' },
];

/** What is wrong with a piece of on-screen text; empty when nothing is. */
export function screenProblems(text: string): string[] {
  return RULES.filter((r) => r.re.test(text)).map((r) => `${r.why} (${r.re.exec(text)![0]})`);
}
