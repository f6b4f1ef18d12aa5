/** The pipeline in Node: HTML text -> jsdom -> the same passes as the extension -> Article. */
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Article } from '../utils/article';
import { extractArticle, type ExtractOptions } from '../utils/extract';
import { trimHugeHtml } from './trim-huge-html';

const quiet = new VirtualConsole(); // pages' CSS and markup errors are not ours to print

export function parseHtml(html: string, url: string): JSDOM {
  return new JSDOM(html, { url, virtualConsole: quiet });
}

export function extractFromHtml(html: string, url: string, options: Omit<ExtractOptions, 'window'> = {}): Article {
  const trimmed = trimHugeHtml(html);
  const doms = [parseHtml(trimmed.html, url)];
  // A second parse only if the first cleaning lost the article (utils/extract/keep-article.ts).
  const again = (): Document => {
    const dom = parseHtml(trimmed.html, url);
    doms.push(dom);
    return dom.window.document;
  };
  try {
    const article = extractArticle(doms[0]!.window.document, url, { again, ...options, window: doms[0]!.window as unknown as Window });
    article.removals.unshift(...trimmed.notes.map((reason) => ({ pass: 'trim-huge-html', reason, text: '' })));
    return article;
  } finally {
    doms.forEach(closeQuietly);
  }
}

/**
 * Frees a parsed page. jsdom's close() walks its frame list and throws when the pipeline has
 * removed an iframe (fast-check found <p><math><iframe><p><iframe>); cleanup must not cost the record.
 */
export function closeQuietly(dom: JSDOM): void {
  try {
    dom.window.close();
  } catch {
    // The window is unreachable after this call either way.
  }
}
