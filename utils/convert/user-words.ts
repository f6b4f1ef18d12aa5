/**
 * The user's own word list: pairs that win over OpenCC's dictionaries in every direction
 * (a person's name, 乾隆 that must not become 干隆). Each source is swapped for a private-use
 * placeholder before conversion (OpenCC maps none of them) and the replacement put in after.
 * As text: one pair per line, source and replacement separated by spaces or a tab; # comments.
 */
import type { ConvertFn } from './load-converter';

export type WordPair = [source: string, replacement: string];

const PLACEHOLDER_BASE = 0xf0000; // Supplementary Private Use Area-A: never in a dictionary

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
  const index = new Map(sorted.map(([s], i) => [s, i]));
  const marks = new RegExp(`[\\u{${PLACEHOLDER_BASE.toString(16)}}-\\u{${(PLACEHOLDER_BASE + sorted.length - 1).toString(16)}}]`, 'gu');
  return (text) => {
    if (!pattern.test(text)) return convert(text);
    pattern.lastIndex = 0;
    const protectedText = text.replace(pattern, (m) => String.fromCodePoint(PLACEHOLDER_BASE + index.get(m)!));
    return convert(protectedText).replace(marks, (c) => sorted[c.codePointAt(0)! - PLACEHOLDER_BASE]![1]);
  };
}
