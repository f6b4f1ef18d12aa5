/**
 * The user's own word list: pairs that win over OpenCC's dictionaries in every direction
 * (a person's name, 乾隆 that must not become 干隆). The text between the user's sources is
 * converted; each source is replaced as it stands. No placeholder goes through the converter:
 * on a converted page, the page could write placeholders itself and read the list back.
 * As text: one pair per line, source and replacement separated by spaces or a tab; # comments.
 */
import type { ConvertFn } from './load-converter';

export type WordPair = [source: string, replacement: string];

/** Pairs from text, and the numbers of the lines that are not pairs. */
export function parseWords(text: string): { pairs: WordPair[]; bad: number[] } {
  const pairs: WordPair[] = [];
  const bad: number[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) return;
    const parts = line.split(/[ \t\u3000]+/);
    if (parts.length !== 2) bad.push(i + 1);
    else pairs.push([parts[0]!, parts[1]!]);
  });
  return { pairs, bad };
}

export const formatWords = (pairs: readonly WordPair[]): string => pairs.map(([s, r]) => `${s}\t${r}`).join('\n') + (pairs.length ? '\n' : '');

/** `convert`, with the user's pairs winning (longest source first). */
export function withUserWords(convert: ConvertFn, pairs: readonly WordPair[]): ConvertFn {
  if (!pairs.length) return convert;
  const sorted = [...pairs].sort((a, b) => b[0].length - a[0].length);
  const pattern = new RegExp(sorted.map(([s]) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gu');
  const replacement = new Map(sorted);
  return (text) => {
    let out = '';
    let last = 0;
    for (const m of text.matchAll(pattern)) {
      out += convert(text.slice(last, m.index)) + replacement.get(m[0])!;
      last = m.index + m[0].length;
    }
    return last ? out + convert(text.slice(last)) : convert(text);
  };
}
