/**
 * "Convert this page": the live page's text in another script, in place, and back on demand.
 * Text nodes, the title, alt/title/placeholder attributes, inside open shadow roots too; new
 * content is followed with a MutationObserver. Never touched: scripts, styles, code, inputs
 * and text areas, editable regions (what the user is typing in). Originals are kept per node,
 * and a node the page changed after us is left as the page wrote it when restoring.
 */
import type { ConvertFn } from './load-converter';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'CODE', 'PRE', 'KBD', 'SAMP', 'VAR', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'SVG', 'MATH']);
const ATTRS = ['alt', 'title', 'placeholder'];
const FIELDS = new Set(['INPUT', 'TEXTAREA']);

const SKIP_SELECTOR = Array.from(SKIP, (t) => t.toLowerCase()).join(',');
// isContentEditable where the DOM has it; the attribute where it does not (jsdom).
const editable = (el: Element): boolean =>
  (el as HTMLElement).isContentEditable === true || (el.hasAttribute('contenteditable') && el.getAttribute('contenteditable') !== 'false');
const skipped = (el: Element): boolean => SKIP.has(el.tagName.toUpperCase()) || editable(el);

export class PageConversion {
  private readonly texts = new Map<Text, { original: string; written: string }>();
  private readonly attrs = new Map<Element, Map<string, { original: string; written: string }>>();
  private readonly observers: MutationObserver[] = [];
  private title: { original: string; written: string } | null = null;
  private lang: string | null = null;

  constructor(
    private readonly doc: Document,
    private readonly convert: ConvertFn,
  ) {}

  /** Converts the page now and follows what is added later. Returns the number of nodes changed. */
  start(lang: string): number {
    this.lang = this.doc.documentElement.getAttribute('lang');
    this.doc.documentElement.setAttribute('lang', lang);
    const before = this.doc.title;
    const after = this.convert(before);
    if (after !== before) {
      this.doc.title = after;
      this.title = { original: before, written: after };
    }
    this.walk(this.doc.documentElement);
    this.observe(this.doc);
    return this.texts.size + this.attrs.size;
  }

  /** Puts the page back as it was (what the page itself changed since stays as it is). */
  stop(): void {
    for (const o of this.observers.splice(0)) o.disconnect();
    for (const [node, t] of this.texts) if (node.data === t.written) node.data = t.original;
    for (const [el, map] of this.attrs) for (const [a, v] of map) if (el.getAttribute(a) === v.written) el.setAttribute(a, v.original);
    if (this.title && this.doc.title === this.title.written) this.doc.title = this.title.original;
    if (this.lang === null) this.doc.documentElement.removeAttribute('lang');
    else this.doc.documentElement.setAttribute('lang', this.lang);
    this.texts.clear();
    this.attrs.clear();
  }

  private observe(root: Node): void {
    const o = new (this.doc.defaultView ?? globalThis).MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'characterData') this.text(r.target as Text);
        else for (const n of Array.from(r.addedNodes)) this.walk(n);
      }
    });
    o.observe(root, { childList: true, subtree: true, characterData: true });
    this.observers.push(o);
  }

  /** Converts everything under `start` (a node the page added, or the whole page). */
  private walk(start: Node): void {
    if (start.nodeType === 3) {
      const parent = start.parentElement;
      if (parent && !parent.closest(`${SKIP_SELECTOR},[contenteditable]:not([contenteditable="false"])`)) this.text(start as Text);
      return;
    }
    if (start.nodeType !== 1 || skipped(start as Element) || (start as Element).parentElement?.closest(SKIP_SELECTOR)) return;
    const roots: Node[] = [start];
    while (roots.length) {
      const root = roots.pop()!;
      const walker = this.doc.createTreeWalker(root, 1 | 4, {
        acceptNode: (n) => {
          if (n.nodeType !== 1 || !skipped(n as Element)) return 1;
          // A field's placeholder is text to read; its value is the user's own.
          if (FIELDS.has((n as Element).tagName)) this.attributes(n as Element);
          return 2;
        },
      });
      for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
        if (n.nodeType === 3) this.text(n as Text);
        else if (n.nodeType === 1) {
          this.attributes(n as Element);
          const shadow = (n as Element).shadowRoot;
          if (shadow) {
            roots.push(shadow);
            this.observe(shadow);
          }
        }
      }
    }
  }

  private text(node: Text): void {
    const known = this.texts.get(node);
    // The page changed a node we converted: its new text is the new original.
    const original = known && node.data === known.written ? known.original : node.data;
    const written = this.convert(original);
    if (written === node.data) return;
    node.data = written; // the observer sees this too, and finds nothing left to do
    this.texts.set(node, { original, written });
  }

  private attributes(el: Element): void {
    for (const a of ATTRS) {
      const value = el.getAttribute(a);
      if (!value) continue;
      const after = this.convert(value);
      if (after === value) continue;
      el.setAttribute(a, after);
      const map = this.attrs.get(el) ?? new Map<string, { original: string; written: string }>();
      map.set(a, { original: value, written: after });
      this.attrs.set(el, map);
    }
  }
}
