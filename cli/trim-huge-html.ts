/**
 * jsdom holds about 3.5 KB per element: a 10 MB page of 300,000 elements (an article under
 * 60,000 comments) needs 1.2 GB before any pass runs. What makes pages that heavy is endless
 * runs of alike items: comments, list entries, table rows. Before jsdom sees a huge page, we
 * parse it with parse5 (a tenth of the memory), keep the first items of every such run, and
 * say how many we left out. Paragraph runs are never trimmed: they may be the article.
 *
 * jsdom also walks up every ancestor, recursively, on each insertion and removal: parsing is
 * quadratic in depth (20 s at 10,000 levels) and past a few thousand levels any change to the
 * page overflows the stack. Wrappers nested deeper than JSDOM_SAFE_DEPTH are unwrapped here
 * (their content stays, in order); flatten-deep-nesting then treats the page as any deep page.
 * A page still too large for jsdom after that is read as its text, never refused.
 */
import { defaultTreeAdapter, html as HTML, parse, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { HUGE_PAGE_ELEMENTS } from '../utils/extract/narrow-huge-page';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

// Pages below this many characters, or with fewer elements than the pipeline calls huge,
// are read whole.
export const HUGE_HTML_CHARS = 3_000_000;
// A run of alike siblings longer than this is trimmed to its first KEEP items.
const LONG_RUN = 500;
const KEEP = 50;
// Items with more text than this may be article text, and are kept.
const MAX_ITEM_TEXT = 400;
// More elements than this after trimming, and jsdom (about 3.5 KB each) cannot hold the page:
// it is read as text, one paragraph per block.
export const MAX_DOM_ELEMENTS = 400_000;
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'big',
  'cite',
  'code',
  'em',
  'font',
  'i',
  'img',
  'label',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
]);
const NO_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math']);
// Deeper than this, wrappers (elements with elements two levels below them) are unwrapped.
export const JSDOM_SAFE_DEPTH = 1_000;
const UNIT_HEIGHT = 3;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
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

/** Nesting, counted without parsing: start tags minus end tags (more than the truth when tags are left open). */
function roughDepth(html: string, enough: number): number {
  let depth = 0;
  let deepest = 0;
  for (let i = html.indexOf('<'); i >= 0 && deepest < enough; i = html.indexOf('<', i + 1)) {
    const close = html.charCodeAt(i + 1) === 47; // '/'
    const m = /^[a-zA-Z][a-zA-Z0-9-]*/.exec(html.slice(i + (close ? 2 : 1), i + 20));
    if (!m) continue;
    if (close) depth = Math.max(0, depth - 1);
    else if (!VOID.has(m[0].toLowerCase())) deepest = Math.max(deepest, ++depth);
  }
  return deepest;
}

export function trimHugeHtml(html: string): Trimmed {
  const huge = html.length >= HUGE_HTML_CHARS && roughElementCount(html, HUGE_PAGE_ELEMENTS) >= HUGE_PAGE_ELEMENTS;
  const deep = roughDepth(html, JSDOM_SAFE_DEPTH + 1) > JSDOM_SAFE_DEPTH;
  if (!huge && !deep) return { html, notes: [] };
  const doc = parse(html);
  const notes: string[] = [];
  const stack: Node[] = [doc];
  const depth = new Map<Node, number>([[doc, 0]]);
  const caps: Element[] = [];
  let elements = 0;
  while (stack.length) {
    const parent = stack.pop()!;
    if (!('childNodes' in parent)) continue;
    if (isElement(parent)) elements++;
    const d = depth.get(parent)! + 1;
    if (huge) {
      const elements = parent.childNodes.filter(isElement);
      if (elements.length > LONG_RUN) trimRuns(parent, elements, notes);
    }
    if (d > JSDOM_SAFE_DEPTH && parent.childNodes.some(isElement)) {
      caps.push(parent as Element);
      continue;
    }
    for (const child of parent.childNodes) {
      depth.set(child, d);
      stack.push(child); // one by one: a spread of 100,000 children overflows the stack
    }
  }
  for (const cap of caps) unwrapDeep(cap, notes);
  if (elements > MAX_DOM_ELEMENTS) asText(doc, elements, notes);
  return notes.length ? { html: serialize(doc), notes } : { html, notes };
}

/** Replaces what <body> holds by its text, one <p> per block: a page too large to read as a page is still read. */
function asText(doc: DefaultTreeAdapterMap['document'], elements: number, notes: string[]): void {
  const html = doc.childNodes.find((n): n is Element => isElement(n) && n.tagName === 'html');
  const body = html?.childNodes.find((n): n is Element => isElement(n) && n.tagName === 'body');
  if (!body) return;
  const blocks: string[] = [];
  let line = '';
  const flush = (): void => {
    if (line.trim()) blocks.push(line.trim());
    line = '';
  };
  // Iterative walk; `null` marks the end of a block element.
  for (const stack: (ChildNode | null)[] = [...body.childNodes].reverse(); stack.length;) {
    const n = stack.pop();
    if (n === null || n === undefined) flush();
    else if (n.nodeName === '#text') line += (n as DefaultTreeAdapterMap['textNode']).value;
    else if (isElement(n) && !NO_TEXT.has(n.tagName)) {
      const block = !INLINE.has(n.tagName);
      if (block) {
        flush();
        stack.push(null);
      }
      for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]!);
    }
  }
  flush();
  body.childNodes = [];
  for (const text of blocks) {
    const p = defaultTreeAdapter.createElement('p', HTML.NS.HTML, []);
    defaultTreeAdapter.insertText(p, text);
    defaultTreeAdapter.appendChild(body, p);
  }
  notes.push(`huge page: ${elements} elements, more than can be held in memory: read as text (${blocks.length} paragraphs)`);
}

/** Replaces the wrappers below `cap` by their content, in order; elements with little below them stay whole. */
function unwrapDeep(cap: Element, notes: string[]): void {
  const height = new Map<Node, number>();
  const order: Node[] = [];
  for (const stack: Node[] = [...cap.childNodes]; stack.length;) {
    const n = stack.pop()!;
    order.push(n);
    if ('childNodes' in n) for (const c of n.childNodes) stack.push(c);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i]!;
    if (!isElement(n)) continue;
    let h = 0;
    for (const c of n.childNodes) if (isElement(c)) h = Math.max(h, height.get(c)! + 1);
    height.set(n, h);
  }
  const kept: ChildNode[] = [];
  let unwrapped = 0;
  for (const stack: ChildNode[] = [...cap.childNodes].reverse(); stack.length;) {
    const n = stack.pop()!;
    if (isElement(n) && height.get(n)! >= UNIT_HEIGHT) {
      unwrapped++;
      for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]!);
    } else {
      n.parentNode = cap;
      kept.push(n);
    }
  }
  cap.childNodes = kept;
  if (unwrapped) notes.push(`deep page: ${unwrapped} wrappers nested more than ${JSDOM_SAFE_DEPTH} levels deep were unwrapped, their content kept`);
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
