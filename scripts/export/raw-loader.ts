/**
 * Lets Node load Vite's `?raw` imports (slides/source/index.ts imports
 * speech.txt that way), so the exporter reads the very modules the browser
 * runs instead of a copy. Registered before the model is imported.
 */
import { register } from 'node:module';

const hooks = `
export async function resolve(specifier, context, next) {
  if (specifier.endsWith('?raw')) {
    const r = await next(specifier.slice(0, -4), context);
    return { url: r.url + '?raw', format: 'module', shortCircuit: true };
  }
  return next(specifier, context);
}
export async function load(url, context, next) {
  if (url.endsWith('?raw')) {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(new URL(url.slice(0, -4)), 'utf8');
    return { format: 'module', source: 'export default ' + JSON.stringify(text) + ';', shortCircuit: true };
  }
  return next(url, context);
}
`;

let registered = false;

export function registerRawLoader(): void {
  if (registered || typeof register !== 'function') return;
  register('data:text/javascript,' + encodeURIComponent(hooks));
  registered = true;
}
