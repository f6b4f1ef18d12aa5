import { textOf } from './blocks';
import { removeNode, type Pass } from './context';

const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;
// Hidden content longer than this is kept unless it repeats visible text (drop-duplicate-copies
// decides): collapsed "read more" bodies are hidden too, and a reader should show them.
const KEEP_HIDDEN_TEXT = 200;

/**
 * Marks elements a top-level rule of the page's own style sheets hides (`.m-article
 * {display:none}`), as the browser would on a desktop; rules inside @media are ignored.
 * In the browser, live-signals.ts marks hidden elements from computed style instead.
 */
export function markCssHidden(doc: Document): void {
  for (const style of Array.from(doc.querySelectorAll('style'))) {
    const css = (style.textContent ?? '').replace(/\/\*[\s\S]*?\*\//g, '').replace(/@[^{]+\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
    for (const m of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      if (!INLINE_HIDDEN.test(';' + m[2]!)) continue;
      for (const sel of m[1]!.split(',')) {
        try {
          doc.querySelectorAll(sel.trim()).forEach((el) => el.setAttribute('data-qd-hidden', 'css'));
        } catch {
          // Selectors jsdom cannot parse are skipped.
        }
      }
    }
  }
}

export function isHidden(el: Element): boolean {
  return (
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    INLINE_HIDDEN.test(';' + (el.getAttribute('style') ?? '')) ||
    el.hasAttribute('data-qd-hidden')
  );
}

/** Drop hidden elements: short ones always, long ones only when the page hides them inline. */
export const dropHidden: Pass = {
  name: 'drop-hidden',
  run(ctx) {
    markCssHidden(ctx.doc);
    const walk = (el: Element): void => {
      for (const child of Array.from(el.children)) {
        if (['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT'].includes(child.tagName)) continue;
        if (isHidden(child)) {
          const text = textOf(child);
          const byStylesheet = child.getAttribute('data-qd-hidden') !== null && !INLINE_HIDDEN.test(';' + (child.getAttribute('style') ?? ''));
          if (!text || text.length <= KEEP_HIDDEN_TEXT || !byStylesheet) {
            if (text) removeNode(ctx, 'drop-hidden', 'hidden on the page', child);
            else child.remove();
            continue;
          }
        }
        walk(child);
      }
    };
    walk(ctx.root);
  },
};
