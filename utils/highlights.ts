/**
 * Highlights and notes on an article: where a highlight is, independent of the script on screen.
 *
 * A highlight is anchored in the article's text as the page wrote it (a quote with a little
 * text either side and its position as a hint, as the W3C Web Annotation model's text-quote and
 * text-position selectors do), never in the converted text: 简体 ↔ 繁體 phrase tables change
 * lengths (内存 → 記憶體), and the same highlight must come back in every script, after a block
 * is removed or restored, and in the clips. Runs in the browser and in Node (clips, tests).
 */
import type { TextSource } from './convert/convert-dom';

export interface Highlight {
  /** Random and stable: the note editor and the store find a highlight by it. */
  id: string;
  /** The highlighted text as the page wrote it (the original script). */
  quote: string;
  /** Up to CONTEXT characters before and after it: tell a repeated phrase's places apart. */
  prefix: string;
  suffix: string;
  /** Where it began in the article's text: the tie-breaker when prefix and suffix are not enough. */
  start: number;
  /** The reader's note, as typed (never converted). */
  note: string;
  /** ISO 8601, when it was made. */
  created: string;
}

/** What a highlight and its note may hold, and how many an article keeps. */
export const HIGHLIGHT_LIMITS = { quote: 5000, note: 10_000, perArticle: 500, context: 32 } as const;

/** A DOM whose text nodes are shown as written. */
export const AS_WRITTEN: TextSource = { original: (t) => t.data, convert: (s) => s };

/** The text nodes under a root and the text they join into, as the page wrote it. */
export interface TextIndex {
  nodes: Text[];
  /** Where each node's original text starts in `text`. */
  starts: number[];
  text: string;
  source: TextSource;
}

export function textIndex(root: Element, source: TextSource = AS_WRITTEN): TextIndex {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(text.length);
    text += source.original(n as Text);
  }
  return { nodes, starts, text, source };
}

/** Offset `k` of a node's original text, in the text it shows now. */
function toShown(source: TextSource, node: Text, k: number): number {
  const written = source.original(node);
  // The same length: characters were converted one for one (the usual case, no work).
  if (written.length === node.data.length) return k;
  return Math.min(node.data.length, source.convert(written.slice(0, k)).length);
}

/** Offset `c` of the text a node shows now, in its original text (the first that reaches it). */
function toWritten(source: TextSource, node: Text, c: number): number {
  const written = source.original(node);
  if (written.length === node.data.length) return c;
  let lo = 0;
  let hi = written.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (source.convert(written.slice(0, mid)).length < c) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export type Anchor = Pick<Highlight, 'quote' | 'prefix' | 'suffix' | 'start'>;

/** A selection under `root` as an anchor in the original text; null when it holds no text. */
export function anchorOf(root: Element, range: Range, source: TextSource): Anchor | null {
  const index = textIndex(root, source);
  let start = -1;
  let end = -1;
  index.nodes.forEach((node, i) => {
    if (!range.intersectsNode(node)) return;
    const from = node === range.startContainer ? toWritten(source, node, range.startOffset) : 0;
    const to = node === range.endContainer ? toWritten(source, node, range.endOffset) : source.original(node).length;
    if (start < 0) start = index.starts[i]! + from;
    end = index.starts[i]! + to;
  });
  const { text } = index;
  while (start >= 0 && start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (start < 0 || end <= start) return null;
  end = Math.min(end, start + HIGHLIGHT_LIMITS.quote);
  const c = HIGHLIGHT_LIMITS.context;
  return { quote: text.slice(start, end), prefix: text.slice(Math.max(0, start - c), start), suffix: text.slice(end, end + c), start };
}

/** Characters two strings share at their ends (`fromEnd`) or starts. */
function shared(a: string, b: string, fromEnd: boolean): number {
  let n = 0;
  while (n < a.length && n < b.length && (fromEnd ? a[a.length - 1 - n] === b[b.length - 1 - n] : a[n] === b[n])) n++;
  return n;
}

/**
 * Where an anchor is in `text` (an index's): [start, end), or null when the quote is not there
 * (the article changed). Of several places, the one whose surroundings match best, then the nearest.
 */
export function locate(text: string, a: Anchor): [number, number] | null {
  if (!a.quote) return null;
  // Where it was, with the same text either side: the article did not change (the usual case, no search).
  const end = a.start + a.quote.length;
  if (text.startsWith(a.quote, a.start) && text.startsWith(a.suffix, end) && text.slice(Math.max(0, a.start - a.prefix.length), a.start) === a.prefix)
    return [a.start, end];
  let best: { at: number; score: number; distance: number } | null = null;
  for (let at = text.indexOf(a.quote); at >= 0; at = text.indexOf(a.quote, at + 1)) {
    const to = at + a.quote.length;
    const score = shared(text.slice(Math.max(0, at - a.prefix.length), at), a.prefix, true) + shared(text.slice(to, to + a.suffix.length), a.suffix, false);
    const distance = Math.abs(at - a.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { at, score, distance };
  }
  return best ? [best.at, best.at + a.quote.length] : null;
}

/** The nodes a span of the original text covers, each with the part of it covered (original offsets). */
export function* pieces(index: TextIndex, [start, end]: [number, number]): Generator<{ node: Text; from: number; to: number }> {
  // The last node starting at or before `start` (binary search: an article has thousands).
  let lo = 0;
  let hi = index.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.starts[mid]! <= start) lo = mid;
    else hi = mid - 1;
  }
  for (let i = lo; i < index.nodes.length; i++) {
    const node = index.nodes[i]!;
    const at = index.starts[i]!;
    const length = index.source.original(node).length;
    if (at + length <= start) continue;
    if (at >= end) return;
    yield { node, from: Math.max(0, start - at), to: Math.min(length, end - at) };
  }
}

/** A live range over the text a span of the original text shows now. */
export function rangeOf(index: TextIndex, span: [number, number]): Range | null {
  const all = [...pieces(index, span)];
  const first = all[0];
  const last = all.at(-1);
  if (!first || !last) return null;
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, toShown(index.source, first.node, first.from));
  range.setEnd(last.node, toShown(index.source, last.node, last.to));
  return range;
}

/** A new highlight's id: random, short. */
export function highlightId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Highlights in the article's order (where they were made; the unplaced last, oldest first). */
export const inArticleOrder = <H extends Highlight>(all: readonly H[]): H[] => [...all].sort((a, b) => a.start - b.start || a.created.localeCompare(b.created));

/** Stored data that is a highlight, within the limits (an older version's or a damaged entry is passed over). */
export function isHighlight(x: unknown): x is Highlight {
  const h = x as Highlight;
  return (
    !!h &&
    typeof h.id === 'string' &&
    typeof h.quote === 'string' &&
    h.quote.length > 0 &&
    h.quote.length <= HIGHLIGHT_LIMITS.quote &&
    typeof h.prefix === 'string' &&
    typeof h.suffix === 'string' &&
    Number.isInteger(h.start) &&
    typeof h.note === 'string' &&
    h.note.length <= HIGHLIGHT_LIMITS.note &&
    typeof h.created === 'string'
  );
}
