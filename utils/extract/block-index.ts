/**
 * The block index: the lines of a tree (its leaf blocks: block elements with text none of
 * whose block descendants has text), built once per phase (the page, then Readability's
 * article) and kept current by removeNode. Every pass that reasons about lines reads them
 * here instead of walking the tree again; each line's text, key, `<br>`-aware text and link
 * figures are computed once, when first asked for.
 */
import { BLOCK_TAGS, normKey } from './blocks';
import { linkStats, type LinkStats } from './links';
import { inline } from './serialize';

// Text that is not the page's text: code, styles, inert templates, and <noscript> (a fallback
// copy the reader never sees; Readability removes it). A <noscript> copy of the body placed
// before the rendered one is therefore never taken for the article (fixture unseen nuxt-noscript-copy).
export const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

const collapse = (s: string): string => s.replace(/[\s\u00a0\u3000]+/g, ' ').trim();

export class Line {
  dead = false;
  #key?: string;
  #lineText?: string;
  #links?: LinkStats;
  constructor(
    readonly el: Element,
    /** The text, whitespace runs collapsed. */
    readonly text: string,
  ) {}
  /** Letters, digits and Han only, lower-cased: for comparing lines (normKey). */
  get key(): string {
    return (this.#key ??= normKey(this.text));
  }
  /** The text with each `<br>` as a space ("Tags<br><a>…" is "Tags …"). */
  get spaced(): string {
    return (this.#lineText ??= inline(this.el).replace(/\s+/g, ' ').trim());
  }
  get links(): LinkStats {
    return (this.#links ??= linkStats(this.el, this.text));
  }
}

export class BlockIndex {
  private list: Line[] = [];
  private byEl = new Map<Element, Line>();
  private live: Line[] | null = null;
  /** Inline elements with text standing beside blocks (<span>Related</span><ul>…): not lines, but headings may be. */
  readonly loose: Element[] = [];

  constructor(readonly root: Element) {
    this.visit(root);
  }

  /** Text of `el`'s inline content, or null when a leaf block inside it holds its text. */
  private visit(el: Element): string | null {
    let text = '';
    let blockInside = false;
    let inline: Element[] | null = null;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) text += c.nodeValue ?? '';
      else if (c.nodeType === 1 && !NOT_TEXT.has((c as Element).tagName)) {
        const inner = this.visit(c as Element);
        if (inner === null) blockInside = true;
        else {
          text += inner;
          if (/\S/.test(inner)) (inline ??= []).push(c as Element);
        }
      }
    }
    if (blockInside) {
      if (inline) this.loose.push(...inline);
      return null;
    }
    if (BLOCK_TAGS.has(el.tagName) && /\S/.test(text)) {
      const line = new Line(el, collapse(text));
      if (line.text) {
        this.list.push(line);
        this.byEl.set(el, line);
        return null;
      }
    }
    return text;
  }

  /** The lines still standing, in document order. */
  lines(): readonly Line[] {
    return (this.live ??= this.list.filter((l) => !l.dead));
  }

  lineOf(el: Element): Line | undefined {
    const l = this.byEl.get(el);
    return l && !l.dead ? l : undefined;
  }

  /**
   * `node` is leaving the tree: its lines are dead. `detach` takes it out; then a block left
   * with only loose text (a byline's box with "Updated <time>" beside the byline) is a line.
   */
  remove(node: Element, detach: () => void): void {
    const killed = this.kill(node);
    const parent = node.parentElement;
    detach();
    if (killed >= 0) this.promote(parent, killed);
  }

  /** Marks the lines in `node` dead; returns the position of the first, or -1. */
  private kill(node: Element): number {
    const killed = new Set<Line>();
    const mark = (el: Element): void => {
      const line = this.byEl.get(el);
      if (line && !line.dead) killed.add(line);
    };
    mark(node);
    // A line holds no lines: only a container is looked into.
    if (!killed.size) {
      const walker = node.ownerDocument.createTreeWalker(node, 1 /* SHOW_ELEMENT */);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) mark(n as Element);
    }
    if (!killed.size) return -1;
    for (const l of killed) l.dead = true;
    this.live = null;
    return this.list.findIndex((l) => killed.has(l));
  }

  private promote(from: Element | null, at: number): void {
    let block = from;
    while (block && !BLOCK_TAGS.has(block.tagName)) block = block.parentElement;
    if (!block || block === this.root || !this.root.contains(block) || this.byEl.get(block)?.dead === false) return;
    // Any line still standing inside it: it is a container, not a line.
    for (let j = at - 1; j >= 0 && (this.list[j]!.dead || block.contains(this.list[j]!.el)); j--) if (!this.list[j]!.dead) return;
    for (let j = at + 1; j < this.list.length && (this.list[j]!.dead || block.contains(this.list[j]!.el)); j++) if (!this.list[j]!.dead) return;
    const text = this.textOf(block);
    if (text === null || !text) return;
    const line = new Line(block, text);
    this.list.splice(at, 0, line);
    this.byEl.set(block, line);
    this.live = null;
  }

  private textOf(el: Element): string | null {
    let text = '';
    const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      let skip = false;
      for (let p = n.parentElement; p && p !== el; p = p.parentElement) if (NOT_TEXT.has(p.tagName)) skip = true;
      if (!skip) text += n.nodeValue ?? '';
    }
    return collapse(text);
  }

  /**
   * For every element that holds lines, the positions (in `lines()`) of its first and last.
   * One walk; asked for by the passes that judge containers by their lines.
   */
  ranges(): Map<Element, [number, number]> {
    const lines = this.lines();
    const ranges = new Map<Element, [number, number]>();
    lines.forEach((line, i) => {
      for (let el: Element | null = line.el; el; el = el === this.root ? null : el.parentElement) {
        const r = ranges.get(el);
        if (r) {
          r[1] = i;
        } else ranges.set(el, [i, i]);
      }
    });
    return ranges;
  }
}
