import { JSDOM } from 'jsdom';
import { leafBlocks, textOf } from '../../utils/extract/blocks';
import type { PassContext } from '../../utils/extract/context';

export function dom(html: string, url = 'http://news.example.cn/2024-05/08/content_1.htm'): JSDOM {
  return new JSDOM(html, { url });
}

/** A pass context over a page (root = body), as the pre-Readability passes see it. */
export function pageContext(html: string, url?: string): PassContext {
  const d = dom(html, url).window.document;
  return {
    doc: d,
    url: d.URL,
    root: d.body,
    meta: { title: '', byline: [], publishedTime: null, siteName: '', source: '', htmlLang: '', docInfo: [] },
    credits: [],
    removals: [],
  };
}

/** The text of each remaining line, separated by single spaces. */
export const bodyText = (ctx: PassContext): string => leafBlocks(ctx.root).map(textOf).join(' ');
