import { childNodesOf } from './blocks';
import type { PagePass } from './context';
import { rescan } from './page-scan';

// Real pages nest a few dozen levels; past this, wrappers are unwrapped.
export const MAX_DEPTH = 200;
// Elements this shallow (a <p> with inline children) move whole and keep their structure.
const UNIT_HEIGHT = 3;
// Emptied wrappers are removed this many levels at a time (jsdom detaches recursively).
const CHUNK = 400;

/**
 * Pages nested thousands of elements deep (broken templates, hostile pages) overflow the
 * stack of recursive DOM code: jsdom detaches a removed subtree recursively, and so do
 * several passes. Below each element at MAX_DEPTH, the content (text and shallow elements)
 * moves up to it once, in document order, and the emptied wrappers are removed deepest
 * first. Moving level by level would cost depth² ancestor checks (40 s at depth 5,000).
 */
export const flattenDeepNesting: PagePass = {
  name: 'flatten-deep-nesting',
  phase: 'page',
  reads: ['scan'],
  writes: ['scan'],
  runsOn: 'both',
  run(ctx) {
    if (ctx.scan.depth <= MAX_DEPTH) return;
    const depth = new Map<Node, number>([[ctx.page, 0]]);
    const order: Element[] = [];
    const walker = ctx.doc.createTreeWalker(ctx.page, 1 /* SHOW_ELEMENT */);
    let deepest = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const d = depth.get(n.parentNode!)! + 1;
      depth.set(n, d);
      order.push(n as Element);
      deepest = Math.max(deepest, d);
    }
    if (deepest <= MAX_DEPTH) return;

    // Height of each element's subtree, children before parents.
    const height = new Map<Node, number>();
    for (let i = order.length - 1; i >= 0; i--) {
      const el = order[i]!;
      const h = height.get(el) ?? 0;
      const parent = el.parentNode!;
      height.set(parent, Math.max(height.get(parent) ?? 0, h + 1));
    }
    const isWrapper = (n: Node): boolean => depth.get(n)! > MAX_DEPTH && (height.get(n) ?? 0) >= UNIT_HEIGHT;

    // The element at MAX_DEPTH each deep node sits under, and which of its children leads there.
    const wrappers: Element[] = [];
    const topOf = new Map<Node, Node>();
    for (const el of order) {
      if (depth.get(el)! <= MAX_DEPTH) continue;
      const top = depth.get(el.parentNode!)! > MAX_DEPTH ? topOf.get(el.parentNode!)! : el;
      topOf.set(el, top);
      if (!isWrapper(el)) continue;
      wrappers.push(el);
      // Move this wrapper's own content (not its wrapper children) to just before `top`.
      for (const child of childNodesOf(el)) {
        if (child.nodeType === 1 && isWrapper(child)) continue;
        top.parentNode!.insertBefore(child, top);
      }
    }
    // The wrappers are empty now. Removing each costs a walk up the page in jsdom, so they go
    // in chunks: every CHUNK-th level, deepest first, each taking at most CHUNK levels with it.
    for (let i = wrappers.length - 1; i >= 0; i--) {
      const w = wrappers[i]!;
      if ((depth.get(w)! - MAX_DEPTH - 1) % CHUNK === 0) w.remove();
    }
    ctx.scan = rescan(ctx.page, ctx.token);
  },
};
