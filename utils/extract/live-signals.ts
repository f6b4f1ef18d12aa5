/**
 * Evidence only the live page has, carried onto the clone: which elements are hidden
 * by computed style, which images failed to load, which render as spacers. The live page
 * is only read, never written. The two trees are walked in parallel; `clone` must be a
 * fresh `cloneNode(true)` of `live`.
 */
import { MARK } from './marks';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg']);

type Visible = Element & { checkVisibility?: (o?: object) => boolean };

function hidden(el: Element, win: Window): boolean {
  const e = el as Visible;
  if (e.checkVisibility) {
    if (e.checkVisibility({ visibilityProperty: true })) return false;
    // display: contents has no box of its own but its children show.
    return win.getComputedStyle(el).display !== 'contents';
  }
  const s = win.getComputedStyle(el);
  return s.display === 'none' || s.visibility === 'hidden';
}

/** Marks the clone with what the live page shows (marks.ts), each mark's value `token`. */
export function markLiveSignals(live: Document, clone: Document, win: Window, token: string): void {
  const proto = Document.prototype;
  const liveBody = Object.getOwnPropertyDescriptor(proto, 'body')!.get!.call(live) as HTMLElement | null;
  const cloneBody = Object.getOwnPropertyDescriptor(proto, 'body')!.get!.call(clone) as HTMLElement | null;
  if (!liveBody || !cloneBody) return;
  const a = proto.createTreeWalker.call(live, liveBody, 1 /* SHOW_ELEMENT */);
  const b = proto.createTreeWalker.call(clone, cloneBody, 1);
  let x: Node | null = a.currentNode;
  let y: Node | null = b.currentNode;
  while (x && y) {
    const el = x as Element;
    const copy = y as Element;
    if (el.tagName !== copy.tagName) return; // trees diverged (should not happen): stop, static evidence remains
    let skipChildren = SKIP.has(el.tagName);
    if (!skipChildren && el !== liveBody && hidden(el, win)) {
      copy.setAttribute(MARK.hidden, token);
      skipChildren = true;
    } else if (el.tagName === 'IMG') {
      const img = el as HTMLImageElement;
      if (img.complete && img.getAttribute('src') && img.naturalWidth === 0) copy.setAttribute(MARK.broken, token);
      else if (img.complete && img.naturalWidth > 0) {
        const r = img.getBoundingClientRect();
        if (r.width <= 2 && r.height <= 2) copy.setAttribute(MARK.spacer, token);
      }
    }
    if (skipChildren) {
      x = a.nextSibling() ?? climb(a);
      y = b.nextSibling() ?? climb(b);
    } else {
      x = a.nextNode();
      y = b.nextNode();
    }
  }
}

/** Next node after the current subtree. */
function climb(w: TreeWalker): Node | null {
  while (w.parentNode()) {
    const next = w.nextSibling();
    if (next) return next;
  }
  return null;
}
