import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../utils/extract/detect';
import { dom } from '../helpers/dom';
import { NON_ARTICLES } from '../page-shapes/non-articles';
import { ZH_HEADLINES, ZH_SUMMARIES, footer, header, summaryList } from '../page-shapes/parts';

const P = '市委书记实地调研部分重点项目建设，强调要坚持项目为王、实干为要，强化责任意识和效率观念，推动项目建设提质增效。';
const EN = 'The council voted on Tuesday to extend the bus network to the new estates, a plan that had been debated for months.';
const detect = (html: string, url = 'http://news.example.cn/a.htm') => detectArticle(dom(html, url).window.document, url);
const names = (html: string, url?: string) => detect(html, url).signals.map((s) => s.name);

describe('detectArticle', () => {
  it('explains a Chinese article by its signals', () => {
    const html = `<meta name="PubDate" content="2024-04-23"><h1>标题</h1><p>2024-04-23 来源：焦作日报</p><p>${P}</p><p>${P}</p><p>${P}</p>`;
    const r = detect(html, 'http://www.jzrb.com/news/2024-04/23/content_1.htm');
    expect(r.isArticle).toBe(true);
    expect(r.signals.map((s) => s.name)).toEqual(expect.arrayContaining(['government-metas', 'dated-source-line', 'url-shape', 'text-body']));
  });

  it('rejects a page of headline links and says why', () => {
    const links = Array.from({ length: 60 }, (_, i) => `<li><a href="/a/${i}.htm">全市重点项目建设推进会召开第${i}次</a> 2024-05-01</li>`).join('');
    const r = detect(`<ul>${links}</ul>`, 'http://news.example.cn/list/index.htm');
    expect(r.isArticle).toBe(false);
    expect(r.signals.find((s) => s.name === 'link-list')?.weight).toBeLessThan(0);
  });

  it('rejects a login page', () => {
    expect(detect('<form><input type="password"></form>', 'http://e.cn/login').isArticle).toBe(false);
  });

  it('does not count summaries under headlines as a body', () => {
    const list = header('zh') + summaryList(ZH_HEADLINES, ZH_SUMMARIES, 12) + footer('zh');
    expect(names(list)).not.toContain('text-body');
    // The same paragraphs, as one story's body, are one.
    expect(names(`<div>${ZH_SUMMARIES.map((s) => `<p>${s}${s}</p>`).join('')}</div>`)).toContain('text-body');
  });

  it('gathers a body split into nested boxes, one paragraph each', () => {
    const boxes = Array.from({ length: 6 }, () => `<div class="card"><div class="card-content"><p>${EN}</p></div></div>`).join('');
    const r = detect(`<div class="collection">${boxes}</div>`, 'https://news.example.com/2024/05/08/bus');
    expect(r.signals.find((s) => s.name === 'text-body')?.detail).toMatch(/^6 paragraphs/);
    expect(r.isArticle).toBe(true);
  });

  it('reads an article whose header has a login box and 40 channel links', () => {
    const html =
      header('zh', { login: true }) +
      `<div class="nav">${Array.from({ length: 40 }, (_, i) => `<a href="/c${i}">栏目${i}</a>`).join('')}</div><div>${`<p>${P}</p>`.repeat(3)}</div>`;
    const r = detect(html);
    expect(r.isArticle).toBe(true);
    expect(r.signals.map((s) => s.name)).not.toContain('login-form');
  });

  it('reads hard-wrapped Chinese text (lines of 20–40 characters)', () => {
    const lines = P.match(/.{1,26}/gu)!.concat(P.match(/.{1,26}/gu)!, P.match(/.{1,26}/gu)!);
    expect(detect(`<div>${lines.map((l) => `<font>${l}</font><br>`).join('')}</div>`).isArticle).toBe(true);
  });

  it('needs markup evidence besides a little text', () => {
    const short = `<div><p>${P}</p></div>`;
    expect(detect(short).isArticle).toBe(false);
    const marked = `<script type="application/ld+json">{"@type":"NewsArticle"}</script><meta property="og:type" content="article">${short}`;
    expect(detect(marked).isArticle).toBe(true);
  });
});

describe('our own non-article pages', () => {
  it('are at least 40, in Chinese and English', () => {
    expect(NON_ARTICLES.length).toBeGreaterThanOrEqual(40);
    expect(NON_ARTICLES.filter((p) => p.slug.startsWith('en-')).length).toBeGreaterThanOrEqual(10);
    expect(new Set(NON_ARTICLES.map((p) => p.slug)).size).toBe(NON_ARTICLES.length);
  });
  it.each(NON_ARTICLES.map((p) => [p.slug, p] as const))('%s is rejected', (_slug, page) => {
    const r = detect(page.html, page.url);
    expect(r.isArticle, JSON.stringify(r.signals)).toBe(false);
  });
});
