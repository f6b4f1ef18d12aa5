import { childElements, textOf } from './blocks';
import { removeNode, type Pass } from './context';

const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;
// Hidden content longer than this is kept unless it repeats visible text (drop-duplicate-copies
// decides): collapsed "read more" bodies are hidden too, and a reader should show them.
const KEEP_HIDDEN_TEXT = 200;

export function isHidden(el: Element): boolean {
  return (
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    INLINE_HIDDEN.test(';' + (el.getAttribute('style') ?? '')) ||
    el.hasAttribute('data-qd-hidden')
  );
}

/**
 * Drop hidden elements: short ones always, long ones only when the page hides them inline
 * (collapsed "read more" bodies are hidden too). Evidence: inline style, `hidden`,
 * aria-hidden, and in the browser computed visibility (live-signals.ts). Stylesheet rules
 * are not read statically: without the cascade a later rule that shows an element is
 * missed (nytimes-5 of Readability's test pages lost its byline and text that way).
 */
export const dropHidden: Pass = {
  name: 'drop-hidden',
  run(ctx) {
    const walk = (el: Element): void => {
      for (const child of childElements(el)) {
        if (['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT'].includes(child.tagName)) continue;
        if (isHidden(child)) {
          const text = textOf(child);
          const byComputedStyle = child.getAttribute('data-qd-hidden') !== null && !INLINE_HIDDEN.test(';' + (child.getAttribute('style') ?? ''));
          if (!text || text.length <= KEEP_HIDDEN_TEXT || !byComputedStyle) {
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
