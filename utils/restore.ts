/**
 * Putting a removed block back where it was: its marker in the article HTML is replaced by the
 * block's HTML, sanitized again, in a `.qd-restored` wrapper. The view does it on screen and the
 * clips on a copy, so a clip holds what the reader restored (utils/clip/restored.ts).
 */
import type { Article } from './article';
import { removedSelector } from './extract/marks';
import { sanitizeToFragment } from './sanitize';

/** Restores removal `index` of `article` inside `root`; the block put back, or null when there is nothing to restore. */
export function restoreBlock(root: ParentNode, article: Article, index: number, win: Window): Element | null {
  const mark = root.querySelector(removedSelector(index));
  const html = article.removals[index]?.html;
  if (!mark || !html) return null;
  const block = win.document.createElement('div');
  block.className = 'qd-restored';
  block.append(sanitizeToFragment(html, win));
  mark.replaceWith(block);
  return block;
}
