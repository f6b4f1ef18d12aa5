import { leafBlocks, textOf } from '../blocks';

/** The text lines of a page in document order, starting at its first h1 (dates and bylines sit near the headline). */
export type PageLines = readonly string[];

export function pageLines(root: Element | null): PageLines {
  if (!root) return [];
  const h1 = root.querySelector('h1');
  const blocks = leafBlocks(root);
  const start = h1
    ? Math.max(
        0,
        blocks.findIndex((b) => b === h1 || h1.contains(b) || !!(h1.compareDocumentPosition(b) & 4)),
      )
    : 0;
  return [...blocks.slice(start), ...blocks.slice(0, start)].map(textOf);
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
