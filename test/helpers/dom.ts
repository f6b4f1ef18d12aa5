import { JSDOM } from 'jsdom';
import { BlockIndex } from '../../utils/extract/block-index';
import type { ArticleContext, PassContext } from '../../utils/extract/context';
import { scanPage } from '../../utils/extract/page-scan';

export function dom(html: string, url = 'http://news.example.cn/2024-05/08/content_1.htm'): JSDOM {
  return new JSDOM(html, { url });
}

/** A pass context over a page (page = body), as the page passes see it (scanned as the pipeline does first). */
export function pageContext(html: string, url?: string, token?: string): PassContext {
  const w = dom(html, url).window;
  const d = w.document;
  return {
    doc: d,
    url: d.URL,
    page: d.body,
    token,
    scan: scanPage(d, w as unknown as Window, token),
    meta: { title: '', byline: [], publishedTime: null, siteName: '', source: '', htmlLang: '', docInfo: [] },
    credits: [],
    removals: [],
    removedNodes: new Map(),
  };
}

/** A pass context whose article is the page's body, as the article passes see Readability's output. */
export function articleContext(html: string, url?: string, token?: string): ArticleContext {
  const ctx = pageContext(html, url, token);
  return { ...ctx, article: ctx.page };
}

/** The text of each remaining line, separated by single spaces. */
export const bodyText = (ctx: PassContext): string =>
  new BlockIndex(ctx.article ?? ctx.page)
    .lines()
    .map((l) => l.text)
    .join(' ');
