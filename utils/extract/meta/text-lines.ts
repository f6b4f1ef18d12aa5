import { BlockIndex, type Line } from '../block-index';

/** The text lines of a page in document order, starting at its first h1 (dates and bylines sit near the headline). */
export type PageLines = readonly string[];

/** The page's lines, from its block index (built here when the caller has none). */
export function pageLines(root: Element | null, lines?: readonly Line[]): PageLines {
  if (!root) return [];
  const all = lines ?? new BlockIndex(root).lines();
  const h1 = root.getElementsByTagName('h1')[0];
  const start = h1
    ? Math.max(
        0,
        all.findIndex((b) => b.el === h1 || h1.contains(b.el) || !!(h1.compareDocumentPosition(b.el) & 4)),
      )
    : 0;
  return [...all.slice(start), ...all.slice(0, start)].map((l) => l.text);
}

/** The first `limit` lines of at most `maxLength` characters. */
export function shortLines(lines: PageLines, maxLength: number, limit = 400): string[] {
  const out: string[] = [];
  for (const t of lines) {
    if (t.length <= maxLength) out.push(t);
    if (out.length >= limit) break;
  }
  return out;
}
