import type { ConvertFn } from './load-converter';

const SKIP = new Set(['SCRIPT', 'STYLE', 'CODE', 'PRE', 'KBD', 'SAMP', 'TEXTAREA', 'INPUT']);
const ATTRS = ['alt', 'title'];

/**
 * Converts the text nodes (and alt/title attributes) under `root` in place, never
 * serialized HTML. Returns a restore function that puts every original back exactly.
 */
export function convertDom(root: Element, convert: ConvertFn): () => void {
  const undo: (() => void)[] = [];
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
  return () => undo.reverse().forEach((f) => f());
}
