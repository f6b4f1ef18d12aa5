import { textOf } from './blocks';
import { removeNode, type PagePass } from './context';
import { hiddenInline, hiddenLive, isHidden } from './visibility';

// Hidden content longer than this is kept unless it repeats visible text (drop-duplicate-copies
// decides): collapsed "read more" bodies are hidden too, and a reader should show them.
const KEEP_HIDDEN_TEXT = 200;
const NOT_TEXT_SELECTOR = 'script, style, template, noscript';
// A hidden body is the article only when the page shows less than this share of its text elsewhere.
const SHOWN_ELSEWHERE = 0.5;

/** Takes away the static evidence that hides an element (Readability skips what looks hidden). */
function show(el: Element): void {
  el.removeAttribute('hidden');
  el.removeAttribute('aria-hidden');
  const style = el.getAttribute('style');
  if (style) el.setAttribute('style', style.replace(/(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*;?/gi, ''));
}

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
  reads: ['marks.live', 'scan', 'bodyHint'],
  writes: [],
  runsOn: 'both',
  risky: true,
  run(ctx) {
    let pageText: number | undefined;
    for (const el of ctx.scan.maybeHidden) {
      if (!isHidden(el, ctx.token) || !ctx.page.contains(el) || el.closest(NOT_TEXT_SELECTOR)) continue;
      // The article's own body, hidden in the page as saved until its script shows it (WeChat's
      // #js_content): shown, not dropped, when the page shows next to nothing else. The live
      // page's own hiding is believed; so is hiding beside a visible text (Readability's
      // visibility-hidden test page).
      if (
        ctx.bodyHint &&
        el.contains(ctx.bodyHint) &&
        !hiddenLive(el, ctx.token) &&
        (pageText ??= textOf(ctx.page).length) - textOf(el).length < SHOWN_ELSEWHERE * textOf(el).length
      ) {
        show(el);
        continue;
      }
      const text = textOf(el);
      const byComputedStyle = hiddenLive(el, ctx.token) && !hiddenInline(el);
      if (text && text.length > KEEP_HIDDEN_TEXT && byComputedStyle) continue;
      if (text) removeNode(ctx, 'drop-hidden', 'hidden on the page', el);
      else el.remove();
    }
  },
};
