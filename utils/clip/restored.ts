import type { Article } from '../article';
import { articleText } from '../extract/serialize';
import { restoreBlock } from '../restore';
import { sanitizeInPlace, sanitizeToFragment } from '../sanitize';

/** The article as the reader shows it: the removed blocks it restored are back in its HTML and text. */
export function withRestored(article: Article, restored: ReadonlySet<number>, win: Window): Article {
  if (!restored.size) return article;
  const root = win.document.createElement('div');
  root.append(sanitizeToFragment(article.html, win));
  for (const i of [...restored].sort((a, b) => a - b)) restoreBlock(root, article, i, win);
  return { ...article, html: sanitizeInPlace(root, win), text: articleText(root) };
}
