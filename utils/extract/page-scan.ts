/**
 * One walk over the clone before any pass: it defuses DOM clobbering and planted marks
 * (see below), and notes what the page passes look for, so none of them walks the page again:
 * how deep it nests, its images and blockquotes, the elements that may be hidden, and the
 * containers holding loose text beside <br>s or blocks.
 *
 * DOM clobbering: Document's named properties override its built-ins, so a page's
 * <img name="createElement"> or <form name="querySelector"> shadows document.createElement
 * even in an extension's isolated world, and on our clone too. The pipeline calls the live
 * document only through prototype methods, and strips from the clone every name/id that
 * shadows a Document property. The same walk drops the marks (marks.ts) a page planted: they
 * are ours alone, or a page could move a block the reader restores or hide its own article.
 * Live-signal marks stay when their value is this run's `token`.
 */
import { BLOCK_TAGS } from './blocks';
import { LIVE_MARKS } from './marks';
import { rememberNames, type PageNames } from './query';

export interface PageScan {
  /** How many names and ids shadowing Document properties were stripped. */
  clobbered: number;
  /** The deepest element's depth below <body>. */
  depth: number;
  images: Element[];
  blockquotes: Element[];
  /** Elements that may be hidden (hidden, aria-hidden, an inline style, a live mark), in document order. */
  maybeHidden: Element[];
  /** Containers with loose text beside <br>s or blocks (split-br-paragraphs), in document order. */
  looseText: Element[];
  /** The tags, ids and classes the page has (query.ts answers "is there a …" from them). */
  names: PageNames;
}

const MARK_PREFIX = 'data-qd-';
// Containers whose loose text is wrapped; a <p> with <br>s is a paragraph with line breaks
// (poems, addresses) and stays as it is.
export const LOOSE_TEXT_CONTAINERS = new Set(['DIV', 'TD', 'TH', 'FONT', 'SECTION', 'ARTICLE', 'CENTER', 'BODY', 'MAIN', 'BLOCKQUOTE', 'SPAN', 'LI', 'DD']);

/** Has the container loose text beside a <br> or a block? */
export function hasLooseText(el: Element): boolean {
  let breaks = false;
  let text = false;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) text ||= /\S/.test(n.nodeValue ?? '');
    else if (n.nodeType === 1) breaks ||= (n as Element).tagName === 'BR' || BLOCK_TAGS.has((n as Element).tagName);
    if (text && breaks) return true;
  }
  return false;
}

export function scanPage(doc: Document, win: Window, token?: string): PageScan {
  const protoOf = (win as unknown as { Document: typeof Document }).Document.prototype;
  const body = Object.getOwnPropertyDescriptor(protoOf, 'body')!.get!.call(doc) as HTMLElement | null;
  const scan = walk(doc.documentElement, body, (el, scan, inBody) => {
    let hidden = false;
    for (const name of el.getAttributeNames()) {
      if (name === 'class') {
        for (const c of (el.getAttribute('class') ?? '').split(/\s+/)) if (c) scan.names.classes.add(c);
      } else if (name === 'id' || name === 'name') {
        const value = el.getAttribute(name)!;
        if (value && value in protoOf) {
          el.removeAttribute(name);
          scan.clobbered++;
        } else if (name === 'id') scan.names.ids.add(value);
      } else if (name.startsWith(MARK_PREFIX)) {
        if (token && LIVE_MARKS.includes(name) && el.getAttribute(name) === token) hidden ||= name === 'data-qd-hidden';
        else el.removeAttribute(name);
      } else if (
        name === 'hidden' ||
        (name === 'aria-hidden' && el.getAttribute(name) === 'true') ||
        (name === 'style' && /none|hidden/i.test(el.getAttribute(name)!))
      )
        hidden = true;
    }
    if (hidden && inBody) scan.maybeHidden.push(el);
  });
  rememberNames(doc, scan.names);
  return scan;
}

/** The scan again, of the page as it stands now (flatten-deep-nesting moved its content). */
export function rescan(body: Element, token?: string): PageScan {
  return walk(body, body, (el, scan, inBody) => {
    if (
      inBody &&
      (el.hasAttribute('hidden') ||
        el.getAttribute('aria-hidden') === 'true' ||
        /none|hidden/i.test(el.getAttribute('style') ?? '') ||
        (token && el.getAttribute('data-qd-hidden') === token))
    )
      scan.maybeHidden.push(el);
  });
}

type Note = (el: Element, scan: PageScan, inBody: boolean) => void;

/** Depth first by sibling pointers (jsdom's TreeWalker and live lists are slow). */
function walk(root: Element | null, body: Element | null, note: Note): PageScan {
  const scan: PageScan = {
    clobbered: 0,
    depth: 0,
    images: [],
    blockquotes: [],
    maybeHidden: [],
    looseText: [],
    names: { tags: new Set(), ids: new Set(), classes: new Set() },
  };
  let el: Element | null = root;
  let depth = 0;
  let bodyDepth = -1;
  while (el) {
    if (el === body) bodyDepth = depth;
    const inBody = bodyDepth >= 0;
    if (inBody && depth - bodyDepth > scan.depth) scan.depth = depth - bodyDepth;
    if (el.hasAttributes()) note(el, scan, inBody);
    const tag = el.tagName;
    scan.names.tags.add(tag.toUpperCase());
    if (tag === 'IMG') scan.images.push(el);
    else if (tag === 'BLOCKQUOTE') scan.blockquotes.push(el);
    if (inBody && LOOSE_TEXT_CONTAINERS.has(tag) && hasLooseText(el)) scan.looseText.push(el);
    const first: Element | null = el.firstElementChild;
    if (first) {
      el = first;
      depth++;
      continue;
    }
    // No children: the next sibling, else the nearest ancestor's (leaving <body> on the way up).
    while (el && el !== root && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
      if (el === body) bodyDepth = -1;
    }
    if (!el || el === root) break;
    if (el === body) bodyDepth = -1;
    el = el.nextElementSibling;
  }
  return scan;
}
