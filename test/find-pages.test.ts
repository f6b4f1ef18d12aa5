import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../utils/decode-html';
import { findPages } from '../utils/extract/find-pages';
import { dom } from './helpers/dom';

const pagesOf = (body: string, url: string, head = '') => findPages(dom(`<html><head>${head}</head><body>${body}</body></html>`, url).window.document, url);
const article = '<h1>标题</h1><p>正文第一段，足够长的一段文字。</p>';

describe('findPages: the pager of an article split over pages', () => {
  it('reads a DedeCMS pager on a middle page (88_2.html of three)', () => {
    const url = 'http://www.example.cn/a/2024/0501/88_2.html';
    const html = decodeHtml(readFileSync('test/pages/cn-three-pages/88_2.html'));
    expect(findPages(dom(html, url).window.document, url)).toEqual({ number: 2, total: 3, next: ['http://www.example.cn/a/2024/0501/88_3.html'] });
  });

  it('reads TRS numbering, whose second page is _1', () => {
    const url = 'http://www.gov.example.cn/xxgk/202405/t20240501_123.html';
    const pager =
      '<div class="page">1 <a href="t20240501_123_1.html">2</a> <a href="t20240501_123_2.html">3</a> <a href="t20240501_123_1.html">下一页</a></div>';
    expect(pagesOf(article + pager, url)).toEqual({
      number: 1,
      total: 3,
      next: ['http://www.gov.example.cn/xxgk/202405/t20240501_123_1.html', 'http://www.gov.example.cn/xxgk/202405/t20240501_123_2.html'],
    });
  });

  it('reads a Xinhua-style c_N_2.htm pager and a page query parameter', () => {
    expect(
      pagesOf(article + '<center><a href="c_1130_2.htm">2</a><a href="c_1130_3.htm">3</a></center>', 'http://www.news.cn/local/2024-05/08/c_1130.htm')?.next,
    ).toEqual(['http://www.news.cn/local/2024-05/08/c_1130_2.htm', 'http://www.news.cn/local/2024-05/08/c_1130_3.htm']);
    expect(pagesOf(article + '<div><a href="show.php?id=9&amp;page=2">下一頁</a></div>', 'https://news.example.tw/show.php?id=9')).toEqual({
      number: 1,
      total: 2,
      next: ['https://news.example.tw/show.php?id=9&page=2'],
    });
  });

  it('follows rel=next and "Next page" on a paged WordPress post', () => {
    const url = 'https://localnews.example.com/2024/05/council-budget/';
    expect(
      pagesOf(
        article + '<p class="post-nav-links"><a href="/2024/05/council-budget/2/">Next page</a></p>',
        url,
        '<link rel="next" href="/2024/05/council-budget/2/">',
      ),
    ).toEqual({
      number: 1,
      total: 2,
      next: ['https://localnews.example.com/2024/05/council-budget/2/'],
    });
  });

  it('takes 共N页 from the pager box when the pager shows only some numbers', () => {
    const pager = '<div class="pages"><span>共12页</span> 1 <a href="88_2.html">2</a> <a href="88_3.html">3</a> <a href="88_2.html">下一页</a></div>';
    expect(pagesOf(article + pager, 'http://www.example.cn/a/88.html')?.total).toBe(12);
    // …but never from the article's own text.
    expect(pagesOf('<p>这份报告共120页，分为三个部分。</p>' + pager.replace('<span>共12页</span>', ''), 'http://www.example.cn/a/88.html')?.total).toBe(3);
  });

  it('is not fooled by links to other articles, other sites or the next article', () => {
    const url = 'http://www.example.cn/news/content_123.htm';
    expect(pagesOf(article + '<ul><li><a href="content_124.htm">2</a></li><li><a href="content_125.htm">3</a></li></ul>', url)).toBeUndefined();
    expect(pagesOf(article + '<div>下一篇：<a href="content_124.htm">下一篇</a> <a href="content_124.htm">Next</a></div>', url)).toBeUndefined();
    expect(pagesOf(article + '<div><a href="http://mirror.example.net/news/content_123_2.htm">2</a></div>', url)).toBeUndefined();
    expect(pagesOf(article + '<div><a href="javascript:page(2)">2</a> <a href="#p2">2</a></div>', url)).toBeUndefined();
    expect(pagesOf(article, url)).toBeUndefined();
  });
});

describe('findPages on a later page', () => {
  it('numbers a page whose pager shows only "next" by the next page', () => {
    const url = 'https://localnews.example.com/2024/05/council-budget/2/';
    const nav = '<p><a href="/2024/05/council-budget/">Previous page</a> <a href="/2024/05/council-budget/3/">Next page</a></p>';
    expect(pagesOf(article + nav, url)).toEqual({ number: 2, total: 3, next: ['https://localnews.example.com/2024/05/council-budget/3/'] });
  });
});
