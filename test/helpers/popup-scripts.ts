import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The JavaScript a built popup loads before it runs: its entry module and the modules Vite
 * preloads with it (its static imports). Lazy chunks (the dictionaries) are not among them.
 */
export function popupInitialScripts(dir = '.output/chrome-mv3'): string[] {
  const html = readFileSync(join(dir, 'popup.html'), 'utf8');
  const refs = [...html.matchAll(/<script\b[^>]*\bsrc="\/([^"]+\.js)"/g), ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="\/([^"]+\.js)"/g)];
  return refs.map((m) => join(dir, m[1]!));
}
