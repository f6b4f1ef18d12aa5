import { leafBlocks, textOf } from '../blocks';

/**
 * Short lines of a page in document order, starting at its first h1 when there is one
 * (dates and bylines sit near the headline), for the text-pattern metadata readers.
 */
export function blockTexts(root: Element | null, maxLength: number, limit = 400): string[] {
  if (!root) return [];
  const h1 = root.querySelector('h1');
  const blocks = leafBlocks(root);
  const start = h1 ? Math.max(0, blocks.findIndex((b) => b === h1 || h1.contains(b) || !!(h1.compareDocumentPosition(b) & 4))) : 0;
  const ordered = [...blocks.slice(start), ...blocks.slice(0, start)];
  const out: string[] = [];
  for (const b of ordered) {
    const t = textOf(b);
    if (t.length <= maxLength) out.push(t);
    if (out.length >= limit) break;
  }
  return out;
}
