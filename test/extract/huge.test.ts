import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../cli/extract-html';
import { HUGE_HTML_CHARS, MAX_DOM_ELEMENTS, trimHugeHtml } from '../../cli/trim-huge-html';
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

describe('huge and long pages, whole pipeline', () => {
  it('trims a 4.5 MB run of 300,000 alternating siblings without overflowing the stack', () => {
    const html = `<title>t</title><h1>x</h1><div>${'<b>甲乙丙丁戊己庚辛</b><i>甲乙丙丁戊己庚辛</i>'.repeat(150_000)}</div>`;
    expect(html.length).toBeGreaterThan(HUGE_HTML_CHARS);
    expect(trimHugeHtml(html)).toEqual({ html, notes: [] });
  });

  it('reads a page too large for the DOM as text, one paragraph per block, and says so', () => {
    const html = `<title>t</title><h1>大页</h1><div class="a">${P}</div><div>${'<b>甲乙</b><i>丙丁</i>'.repeat(210_000)}</div><script>var x = 1;</script>`;
    expect(html.length).toBeGreaterThan(HUGE_HTML_CHARS);
    const { html: out, notes } = trimHugeHtml(html);
    expect(notes).toEqual([
      `huge page: ${420_000 + 8 /* html head title body h1 div div script */} elements, more than can be held in memory: read as text (3 paragraphs)`,
    ]);
    expect(out).toContain(`<body><p>大页</p><p>${P}</p><p>甲乙丙丁甲乙`);
    expect(out).not.toContain('var x');
    expect(MAX_DOM_ELEMENTS).toBeLessThan(420_000);
  });

  it('reads a novel page of 21,000 lines standing straight in <body> between <br>s', () => {
    const lines = Array.from({ length: 21_000 }, (_, i) => `\u3000\u3000第${i}行。${P}<br><br>`).join('');
    const a = extractFromHtml(`<title>第一章_某小说网</title><body><h1>第一章</h1>${lines}</body>`, 'http://book.example.cn/1/1.html');
    expect(a.isArticle).toBe(true);
    const paragraphs = a.text.split('\n\n').filter((p) => p.includes(P));
    expect(paragraphs).toHaveLength(21_000);
    expect(paragraphs.at(-1)).toContain('第20999行。');
    expect(a.removals.map((r) => r.reason)).toContain('page of 21001 elements: read as one article body');
  }, 120_000);
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
  it('reads a huge page whole when the detector found its body to be <body> or <html> (the text stands straight in it)', () => {
    for (const hint of ['body', 'html']) {
      const ctx = pageContext(`<h1>长文</h1>${Array.from({ length: HUGE_PAGE_ELEMENTS }, (_, i) => `<p>${i}${P}</p>`).join('')}`, url);
      ctx.bodyHint = ctx.doc.querySelector(hint);
      narrowHugePage.run(ctx);
      expect(ctx.content).toBe(ctx.doc.body);
      expect(ctx.doc.querySelectorAll('p')).toHaveLength(HUGE_PAGE_ELEMENTS);
      expect(ctx.removals[0]!.reason).toBe(`page of ${HUGE_PAGE_ELEMENTS + 1} elements: read as one article body`);
    }
  });
  it('leaves ordinary pages alone', () => {
    const ctx = pageContext(`${ARTICLE}${comments(100)}`, url);
    ctx.bodyHint = analyzePage(ctx.doc, url).body;
    narrowHugePage.run(ctx);
    expect(ctx.doc.querySelectorAll('.c')).toHaveLength(100);
    expect(ctx.removals).toEqual([]);
  });
});
