/**
 * What a reader sees of an element, from the evidence a clone keeps: hidden by inline style,
 * `hidden`, aria-hidden, or (in the browser) computed style; print-only and mobile-only copies
 * by their names; sidebars by tag, role or name. Used to choose which of two copies of the
 * article to keep (drop-duplicate-copies) and what to drop as hidden (drop-hidden).
 */
import { hasLiveMark, MARK } from './marks';

const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

export const hiddenInline = (el: Element): boolean => INLINE_HIDDEN.test(';' + (el.getAttribute('style') ?? ''));
export const hiddenLive = (el: Element, token: string | undefined): boolean => hasLiveMark(el, MARK.hidden, token);

export function isHidden(el: Element, token: string | undefined): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || hiddenInline(el) || hiddenLive(el, token);
}

// Names templates give the copies a reader does not see on a desktop screen: the print copy
// (#printContent), mobile-only copies, and the classes of CSS frameworks that hide on wide screens.
const UNSEEN_NAME = /print|(?:^|[\s_-])(?:mobile|wap|phone|m)(?:[\s_-]|$)|visible-xs|hidden-(?:md|lg|xl)|d-(?:sm|md|lg|xl)-none|show-for-small/i;
const SIDE_NAME = /(?:^|[\s_-])(?:sidebar|side|aside|rail|widget|sider)(?:[\s_-]|$)/i;

/** How far a copy is from what a reader sees: 0 the main column, 1 a sidebar, 2 print or mobile only, 3 hidden. */
export type Seen = 0 | 1 | 2 | 3;

export function seenRank(el: Element, token: string | undefined): Seen {
  if (isHidden(el, token)) return 3;
  const names = `${el.id} ${el.getAttribute('class') ?? ''}`;
  if (UNSEEN_NAME.test(names)) return 2;
  if (el.tagName === 'ASIDE' || el.getAttribute('role') === 'complementary' || SIDE_NAME.test(names)) return 1;
  return 0;
}
