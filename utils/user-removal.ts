/**
 * Fixing a bad extraction by hand: a block the reader picks is removed (listed under 已移除 as
 * removed by you, with Restore as its undo), and "always on this site" keeps its text as a
 * rule applied to the site's next articles. Blocks are found by their order among the
 * article's removable blocks, the same on screen (outside restored blocks) and in its HTML;
 * rules match a block's whole text (letters and digits, as normKey compares lines).
 */
import type { Article, Removal } from './article';
import { normKey } from './extract/blocks';
import { MARK } from './extract/marks';
import { articleText } from './extract/serialize';
import { sanitizeInPlace, sanitizeToFragment } from './sanitize';

/** What a reader can pick to remove. */
export const REMOVABLE = 'p, li, h2, h3, h4, h5, h6, blockquote, figure, table, pre, img';
// A rule's text is a block's, at most this long (a whole article is not a rule).
export const MAX_RULE_CHARS = 500;

/** The removable blocks of an article body, in order (restored blocks are not counted). */
export const removableBlocks = (body: Element): Element[] => [...body.querySelectorAll(REMOVABLE)].filter((el) => !el.closest('.qd-restored'));

/** The block to remove when the reader picks `target` in `body`: the innermost removable around it. */
export function pickedBlock(target: Element, body: Element): Element | null {
  const el = target.closest(REMOVABLE);
  return el && body.contains(el) && el !== body && !el.closest('.qd-restored') ? el : null;
}

const markerFor = (doc: Document, index: number): Element => {
  const m = doc.createElement('span');
  m.setAttribute(MARK.removed, String(index));
  return m;
};

/**
 * `article` with block `n` of its HTML removed by the reader: a marker where it was and a
 * removal (restorable) at the end of the list. Null when there is no such block.
 */
export function removeBlock(article: Article, n: number, win: Window, pass = 'user', reason = 'removed by you'): Article | null {
  const root = win.document.createElement('div');
  root.append(sanitizeToFragment(article.html, win));
  const el = removableBlocks(root)[n];
  if (!el) return null;
  const removal: Removal = { pass, reason, text: (el.textContent ?? '').trim().slice(0, 200) || `[image] ${el.getAttribute('src') ?? ''}`, html: el.outerHTML };
  el.replaceWith(markerFor(win.document, article.removals.length));
  return { ...article, html: sanitizeInPlace(root, win), text: articleText(root), removals: [...article.removals, removal] };
}

/** The rule kept for a block: its text, compared as normKey compares lines; null for a block too short or too long to be one. */
export function ruleText(block: Element): string | null {
  const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
  return normKey(text).length >= 2 && text.length <= MAX_RULE_CHARS ? text : null;
}

/** `article` with the blocks the user's rules for its site name removed (listed as removed by your rule, restorable). */
export function applyUserRules(article: Article, rules: readonly string[], win: Window): Article {
  const keys = new Set(rules.map(normKey).filter(Boolean));
  if (!keys.size || !article.html) return article;
  const root = win.document.createElement('div');
  root.append(sanitizeToFragment(article.html, win));
  const removals = [...article.removals];
  for (const el of removableBlocks(root)) {
    if (!root.contains(el) || el.querySelector(REMOVABLE) || !keys.has(normKey(el.textContent ?? ''))) continue;
    removals.push({ pass: 'user-rule', reason: 'removed by your rule for this site', text: (el.textContent ?? '').trim().slice(0, 200), html: el.outerHTML });
    el.replaceWith(markerFor(win.document, removals.length - 1));
  }
  if (removals.length === article.removals.length) return article;
  return { ...article, html: sanitizeInPlace(root, win), text: articleText(root), removals };
}
