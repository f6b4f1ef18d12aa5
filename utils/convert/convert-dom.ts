import type { ConvertFn } from './load-converter';

const SKIP = new Set(['SCRIPT', 'STYLE', 'CODE', 'PRE', 'KBD', 'SAMP', 'TEXTAREA', 'INPUT']);
const ATTRS = ['alt', 'title'];

/** A DOM's text as shown and as written: each text node's original text, and the converter between them. */
export interface TextSource {
  original(t: Text): string;
  convert: ConvertFn;
}

/** A converted DOM: puts every original back exactly, and tells a text node's original text (highlights). */
export interface ConvertedDom extends TextSource {
  restore(): void;
}

/**
 * Converts the text nodes (and alt/title attributes) under `root` in place, never
 * serialized HTML.
 */
export function convertDom(root: Element, convert: ConvertFn): ConvertedDom {
  const undo: (() => void)[] = [];
  const originals = new Map<Text, string>();
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (n) => (n.nodeType === 1 && SKIP.has((n as Element).tagName) ? 2 /* REJECT */ : 1 /* ACCEPT */),
  });
  for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
    if (n.nodeType === 3) {
      const text = n as Text;
      const before = text.data;
      const after = convert(before);
      if (after !== before) {
        text.data = after;
        originals.set(text, before);
        undo.push(() => (text.data = before));
      }
    } else if (n.nodeType === 1) {
      const el = n as Element;
      for (const a of ATTRS) {
        const before = el.getAttribute(a);
        if (!before) continue;
        const after = convert(before);
        if (after !== before) {
          el.setAttribute(a, after);
          undo.push(() => el.setAttribute(a, before));
        }
      }
    }
  }
  return {
    restore: () => undo.reverse().forEach((f) => f()),
    original: (t) => originals.get(t) ?? t.data,
    convert,
  };
}
