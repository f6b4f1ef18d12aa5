/**
 * Patterns that match Simplified and Traditional spellings alike: write a pattern once in
 * either script and `zh()` turns each character with other forms into a class, e.g.
 * zh('免责声明') matches 免責聲明 too. The forms come from OpenCC's character tables,
 * generated into utils/script-chars.ts (scripts/gen-script-chars.ts).
 */
import { FORM_GROUPS } from '../script-chars';

const MAP = new Map<string, string>();
for (const group of FORM_GROUPS.split(' ')) {
  const cls = `[${group}]`;
  for (const ch of group) MAP.set(ch, cls);
}

/** Regex source for `text` matching both scripts; `\s*` may stand between characters with `gaps`. */
export function zhSource(text: string, gaps = false): string {
  const parts = [...text].map((ch) => MAP.get(ch) ?? ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return parts.join(gaps ? '[\\s\\u00a0\\u3000]*' : '');
}

/** Regex source for any one of `words`, each matching both scripts: 免责声明|版权声明. */
export function zhAny(words: readonly string[]): string {
  return words.map((w) => zhSource(w)).join('|');
}

export function zh(text: string, flags = ''): RegExp {
  return new RegExp(zhSource(text), flags);
}
