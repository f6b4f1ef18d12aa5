/**
 * One following page of a multi-page article, read in the page's own content script: fetched
 * from the page's own origin (never another), decoded by its charset, parsed and run through the
 * same pipeline. Nothing leaves the browser.
 */
import type { Article } from '../article';
import { decodeHtml, headerCharset } from '../decode-html';
import { extractArticle } from '../extract';

// A following page larger than this is not read (a page of a news article is far smaller).
const MAX_PAGE_BYTES = 8 * 1024 * 1024;

export async function readPage(url: string): Promise<Article> {
  const target = new URL(url, location.href);
  if (target.origin !== location.origin) throw new Error(`${target.origin} is another site`);
  const response = await fetch(target.href, { credentials: 'include', redirect: 'follow' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  if (new URL(response.url || target.href).origin !== location.origin) throw new Error('the page moved to another site');
  const type = response.headers.get('content-type');
  if (type && !/html|xml/i.test(type)) throw new Error(`not a web page (${type.split(';')[0]})`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_PAGE_BYTES) throw new Error(`the page is larger than ${MAX_PAGE_BYTES / 1024 / 1024} MB`);
  const doc = new DOMParser().parseFromString(decodeHtml(bytes, headerCharset(type)), 'text/html');
  // Relative addresses resolve against the page read, not the one the reader opened.
  const base = doc.createElement('base');
  base.href = response.url || target.href;
  doc.head.prepend(base);
  return extractArticle(doc, target.href, { window });
}
