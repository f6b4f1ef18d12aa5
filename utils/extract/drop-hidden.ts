import { textOf } from './blocks';
import { removeNode, type PagePass } from './context';
import { hiddenInline, hiddenLive, isHidden } from './visibility';

// Hidden content longer than this is kept unless it repeats visible text (drop-duplicate-copies
// decides): collapsed "read more" bodies are hidden too, and a reader should show them.
const KEEP_HIDDEN_TEXT = 200;
const NOT_TEXT_SELECTOR = 'script, style, template, noscript';

/**
 * Drop hidden elements: short ones always, long ones only when the page hides them inline
 * (collapsed "read more" bodies are hidden too). Evidence: inline style, `hidden`,
 * aria-hidden, and in the browser computed visibility (live-signals.ts). Stylesheet rules
 * are not read statically: without the cascade a later rule that shows an element is
 * missed (nytimes-5 of Readability's test pages lost its byline and text that way). The
 * candidates are those the page scan found (page-scan.ts), in document order.
 */
export const dropHidden: PagePass = {
  name: 'drop-hidden',
  phase: 'page',
  reads: ['marks.live', 'scan'],
  writes: [],
  runsOn: 'both',
  run(ctx) {
    for (const el of ctx.scan.maybeHidden) {
      if (!isHidden(el, ctx.token) || !ctx.page.contains(el) || el.closest(NOT_TEXT_SELECTOR)) continue;
      const text = textOf(el);
      const byComputedStyle = hiddenLive(el, ctx.token) && !hiddenInline(el);
      if (text && text.length > KEEP_HIDDEN_TEXT && byComputedStyle) continue;
      if (text) removeNode(ctx, 'drop-hidden', 'hidden on the page', el);
      else el.remove();
    }
  },
};
