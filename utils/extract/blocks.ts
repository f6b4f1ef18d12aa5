import { REMOVED_MARK } from './context';
/**
 * Blocks: the leaf text containers of a tree, and their normalized keys. Shared by the
 * passes that reason about lines of text (dedupe, credits, mojibake, boilerplate).
 */
export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'CENTER',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

export const MEDIA_SELECTOR = 'img, picture, video, audio, iframe, svg, canvas, object, embed';

/**
 * An element's children, by sibling pointers. jsdom's HTMLCollection and NodeList are
 * proxies that look up named properties on every index, so Array.from(el.children) is
 * quadratic in the number of children (53% of the time on a 30,000-item page).
 */
export function childElements(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) out.push(c);
  return out;
}

export function childNodesOf(node: Node): ChildNode[] {
  const out: ChildNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName);
}

/** Text with whitespace runs collapsed. */
export function textOf(el: Element): string {
  return (el.textContent ?? '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/** Has any text that is not whitespace (textOf is not empty), without building it. */
export const hasText = (el: Element): boolean => /\S/.test(el.textContent ?? '');

/**
 * Key for comparing lines: letters, digits and Han only, lower-cased. Whitespace,
 * punctuation and symbols are dropped so that `統 籌:` and `統籌：` compare equal.
 */
export function normKey(text: string): string {
  return text.replace(/[\s\p{P}\p{S}\u00a0\u3000]+/gu, '').toLowerCase();
}

/**
 * Leaf blocks under `root`, in document order: block elements with text none of whose
 * block descendants has text. Assumes loose text has been wrapped (split-br-paragraphs).
 */
export function leafBlocks(root: Element): Element[] {
  const out: Element[] = [];
  const visit = (el: Element): boolean => {
    let childHasText = false;
    for (const child of childElements(el)) if (visit(child)) childHasText = true;
    if (!isBlock(el)) return childHasText;
    if (childHasText) return true;
    if (hasText(el)) {
      out.push(el);
      return true;
    }
    return false;
  };
  visit(root);
  // visit() pushes in post-order, which for leaves is document order.
  return out;
}

/** Remove an emptied element, keeping the markers of removed blocks it holds in its place. */
export function removeKeepingMarks(el: Element): void {
  const marks = el.querySelectorAll(`[${REMOVED_MARK}]`);
  if (marks.length) el.replaceWith(...Array.from(marks));
  else el.remove();
}

/** Remove `el`'s ancestors (up to, not including, `stop`) that are left with no text or media. */
export function pruneEmptyAncestors(el: Element | null, stop: Element): void {
  let node = el;
  while (node && node !== stop && node.parentElement) {
    const parent: Element = node.parentElement;
    if (hasText(node) || node.querySelector(MEDIA_SELECTOR) || node.matches(MEDIA_SELECTOR)) return;
    removeKeepingMarks(node);
    node = parent;
  }
}

const GRAM = 4;

/** A key's character 4-grams, each hashed to a 32-bit number (no substring is made). */
function grams(key: string): Set<number> {
  const s = new Set<number>();
  for (let i = 0; i + GRAM <= key.length; i++) {
    let h = 0x811c9dc5;
    for (let k = i; k < i + GRAM; k++) h = Math.imul(h ^ key.charCodeAt(k), 0x01000193);
    s.add(h);
  }
  return s;
}

/**
 * Finds earlier lines that a new line repeats, exactly or fuzzily: a copy with a few
 * garbled characters is still a copy (see fixture cn-jiaozuo-legacy, whose second copy
 * has one mojibake line). Fuzzy matching uses character 4-gram containment (4-grams hashed to
 * numbers: a rare collision can only add a shared 4-gram).
 */
export class DuplicateIndex {
  private exact = new Map<string, number>();
  private postings = new Map<number, number[]>();
  private sizes: number[] = [];

  /** Minimum key length for fuzzy matching; shorter lines must match exactly (one letter apart is another line). */
  constructor(
    private minFuzzy = 60,
    private threshold = 0.8,
  ) {}

  /** Returns the id of an earlier matching line, if any, then records this one as `id`. */
  check(key: string, id: number): number | undefined {
    const found = this.find(key);
    this.add(key, id);
    return found;
  }

  find(key: string): number | undefined {
    if (!key) return undefined;
    const hit = this.exact.get(key);
    if (hit !== undefined || key.length < this.minFuzzy) return hit;
    const g = grams(key);
    const counts = new Map<number, number>();
    for (const gram of g) {
      for (const id of this.postings.get(gram) ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    let best: number | undefined;
    let bestScore = 0;
    for (const [id, n] of counts) {
      const size = this.sizes[id] ?? 0;
      // Similar length both ways: a short line inside a long one is not a copy of it.
      const score = Math.min(n / g.size, n / size);
      if (score >= this.threshold && score > bestScore) {
        best = id;
        bestScore = score;
      }
    }
    return best;
  }

  add(key: string, id: number): void {
    if (!key) return;
    if (!this.exact.has(key)) this.exact.set(key, id);
    if (key.length < this.minFuzzy) return;
    const g = grams(key);
    this.sizes[id] = g.size;
    for (const gram of g) {
      const list = this.postings.get(gram);
      if (!list) this.postings.set(gram, [id]);
      else if (list.length < 64) list.push(id);
    }
  }
}
