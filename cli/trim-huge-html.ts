/**
 * jsdom holds about 3.5 KB per element: a 10 MB page of 300,000 elements (an article under
 * 60,000 comments) needs 1.2 GB before any pass runs. What makes pages that heavy is endless
 * runs of alike items: comments, list entries, table rows. Before jsdom sees a huge page, we
 * parse it with parse5 (a tenth of the memory), keep the first items of every such run, and
 * say how many we left out. Paragraph runs are never trimmed: they may be the article.
 */
import { parse, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { HUGE_PAGE_ELEMENTS } from '../utils/extract/narrow-huge-page';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

// Pages below this many characters, or with fewer elements than the pipeline calls huge,
// are read whole.
export const HUGE_HTML_CHARS = 3_000_000;
// A run of alike siblings longer than this is trimmed to its first KEEP items.
const LONG_RUN = 500;
const KEEP = 50;
// Items with more text than this may be article text, and are kept.
const MAX_ITEM_TEXT = 400;
const NEVER_TRIM = new Set(['p', 'pre', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br']);

export interface Trimmed {
  html: string;
  /** One line per trimmed run, for the record's removals. */
  notes: string[];
}

const isElement = (n: Node): n is Element => 'tagName' in n;
const signature = (el: Element): string => `${el.tagName}.${el.attrs.find((a) => a.name === 'class')?.value ?? ''}`;

function textLength(node: Node, limit: number): number {
  let n = 0;
  const stack: Node[] = [node];
  while (stack.length && n <= limit) {
    const cur = stack.pop()!;
    if (cur.nodeName === '#text') n += (cur as DefaultTreeAdapterMap['textNode']).value.trim().length;
    else if ('childNodes' in cur) stack.push(...cur.childNodes);
  }
  return n;
}

/** Start tags, counted without parsing (a page of megabytes of script has few). */
function roughElementCount(html: string, enough: number): number {
  let n = 0;
  for (let i = html.indexOf('<'); i >= 0 && n < enough; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) n++;
  }
  return n;
}

export function trimHugeHtml(html: string): Trimmed {
  if (html.length < HUGE_HTML_CHARS || roughElementCount(html, HUGE_PAGE_ELEMENTS) < HUGE_PAGE_ELEMENTS) return { html, notes: [] };
  const doc = parse(html);
  const notes: string[] = [];
  const stack: Node[] = [doc];
  while (stack.length) {
    const parent = stack.pop()!;
    if (!('childNodes' in parent)) continue;
    const elements = parent.childNodes.filter(isElement);
    if (elements.length > LONG_RUN) trimRuns(parent, elements, notes);
    stack.push(...parent.childNodes);
  }
  return notes.length ? { html: serialize(doc), notes } : { html, notes };
}

function trimRuns(parent: Node & { childNodes: Node[] }, elements: Element[], notes: string[]): void {
  const drop = new Set<Node>();
  let start = 0;
  for (let i = 1; i <= elements.length; i++) {
    if (i < elements.length && signature(elements[i]!) === signature(elements[start]!)) continue;
    const run = elements.slice(start, i);
    const first = run[0]!;
    if (run.length > LONG_RUN && !NEVER_TRIM.has(first.tagName) && run.every((el) => textLength(el, MAX_ITEM_TEXT) <= MAX_ITEM_TEXT)) {
      for (const el of run.slice(KEEP)) drop.add(el);
      notes.push(`huge page: ${run.length - KEEP} more <${signature(first).replace(/\.$/, '')}> items after the first ${KEEP} were not read`);
    }
    start = i;
  }
  if (drop.size) parent.childNodes = parent.childNodes.filter((n) => !drop.has(n));
}
