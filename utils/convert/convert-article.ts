import type { Article } from '../article';
import { sanitizeHtml, sanitizeToFragment } from '../sanitize';
import { convertDom } from './convert-dom';
import type { ConvertFn } from './load-converter';

/**
 * The article in another script: title, byline, source, credits, captions, alt text, text,
 * and html (through its text nodes, never as a string). Used by exports and the CLI.
 */
export function convertArticle(article: Article, convert: ConvertFn, win: Window, lang: string): Article {
  const holder = win.document.createElement('div');
  holder.append(sanitizeToFragment(article.html, win));
  convertDom(holder, convert);
  return {
    ...article,
    lang,
    title: convert(article.title),
    byline: article.byline.map(convert),
    source: convert(article.source),
    siteName: convert(article.siteName),
    text: convert(article.text),
    html: sanitizeHtml(holder, win),
    credits: article.credits.map((c) => ({ role: convert(c.role), names: c.names.map(convert) })),
    images: article.images.map((i) => ({ ...i, alt: convert(i.alt), caption: convert(i.caption) })),
  };
}
