import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../cli/extract-html';
import { HUGE_HTML_CHARS, trimHugeHtml } from '../../cli/trim-huge-html';
import { analyzePage } from '../../utils/extract/detect';
import { HUGE_PAGE_ELEMENTS, narrowHugePage } from '../../utils/extract/narrow-huge-page';
import { pageContext } from '../helpers/dom';

const P = '市委书记实地调研部分重点项目建设，强调要坚持项目为王、实干为要，强化责任意识和效率观念，推动项目建设提质增效。';
const ARTICLE = `<h1>长评论页面</h1><div class="article">${Array.from({ length: 6 }, (_, i) => `<p>${i}${P}</p>`).join('')}</div>`;
const comments = (n: number, extra = '') =>
  `<div class="comments">${Array.from({ length: n }, (_, i) => `<div class="c"><a href="/u/${i}">网友${i}</a><p>支持，点赞！第${i}楼${extra}</p></div>`).join('')}</div>`;

describe('trim-huge-html (command line, before jsdom)', () => {
  it('leaves pages under the limit untouched', () => {
    const html = `<title>t</title>${ARTICLE}${comments(2000)}`;
    expect(html.length).toBeLessThan(HUGE_HTML_CHARS);
    expect(trimHugeHtml(html)).toEqual({ html, notes: [] });
  });

  it('keeps the first 50 of an endless run of comments, and the whole article', () => {
    const html = `<title>t</title>${ARTICLE}${comments(50_000, '，说得好')}`;
    expect(html.length).toBeGreaterThan(HUGE_HTML_CHARS);
    const { html: out, notes } = trimHugeHtml(html);
    expect(notes).toEqual(['huge page: 49950 more <div.c> items after the first 50 were not read']);
    expect(out.split('class="c"')).toHaveLength(51);
    for (let i = 0; i < 6; i++) expect(out).toContain(`${i}${P}`);
    const a = extractFromHtml(html, 'http://news.example.cn/2024-05/08/content_1.htm');
    expect(a.isArticle).toBe(true);
    expect(a.text).toContain(`5${P}`);
    expect(a.removals[0]).toMatchObject({ pass: 'trim-huge-html' });
  });

  it('never trims paragraphs, nor items long enough to be article text', () => {
    const paragraphs = `<div>${Array.from({ length: 30_000 }, (_, i) => `<p>${i}${P}</p>`).join('')}</div>`;
    expect(trimHugeHtml(paragraphs).notes).toEqual([]);
    const longItems = `<ul>${Array.from({ length: 8_000 }, (_, i) => `<li>${i}${P.repeat(8)}</li>`).join('')}</ul>`;
    expect(longItems.length).toBeGreaterThan(HUGE_HTML_CHARS);
    expect(trimHugeHtml(longItems).notes).toEqual([]);
  });
});

describe('narrow-huge-page', () => {
  const url = 'http://news.example.cn/2024-05/08/content_1.htm';
  it(`reads only the article body on a page of over ${HUGE_PAGE_ELEMENTS} elements`, () => {
    const ctx = pageContext(`${ARTICLE}${comments(8_000)}`, url);
    ctx.bodyHint = analyzePage(ctx.doc, url).body;
    narrowHugePage.run(ctx);
    expect(ctx.doc.querySelectorAll('.c')).toHaveLength(0);
    expect(ctx.doc.querySelectorAll('.article p')).toHaveLength(6);
    expect(ctx.doc.querySelector('h1')?.textContent).toBe('长评论页面');
    expect(ctx.removals[0]!.reason).toMatch(/^page of \d+ elements: only its article body was read$/);
  });
  it('does not read a huge page that has no body', () => {
    const ctx = pageContext(`<ul>${'<li><a href="/a">新闻标题新闻标题</a><span>2024-05-01</span></li>'.repeat(8_000)}</ul>`, url);
    ctx.bodyHint = analyzePage(ctx.doc, url).body;
    narrowHugePage.run(ctx);
    expect(ctx.doc.body.childElementCount).toBe(0);
    expect(ctx.removals[0]!.reason).toMatch(/no article body: not read$/);
  });
  it('leaves ordinary pages alone', () => {
    const ctx = pageContext(`${ARTICLE}${comments(100)}`, url);
    ctx.bodyHint = analyzePage(ctx.doc, url).body;
    narrowHugePage.run(ctx);
    expect(ctx.doc.querySelectorAll('.c')).toHaveLength(100);
    expect(ctx.removals).toEqual([]);
  });
});
