import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../utils/extract/detect';
import { dom } from '../helpers/dom';

describe('detectArticle', () => {
  it('explains a Chinese article by its signals', () => {
    const p = '市委书记实地调研部分重点项目建设，强调要坚持项目为王、实干为要，强化责任意识和效率观念，推动项目建设提质增效。';
    const d = dom(`<meta name="PubDate" content="2024-04-23"><h1>标题</h1><p>2024-04-23 来源：焦作日报</p><p>${p}</p><p>${p}</p><p>${p}</p>`).window.document;
    const r = detectArticle(d, 'http://www.jzrb.com/news/2024-04/23/content_1.htm');
    expect(r.isArticle).toBe(true);
    expect(r.signals.map((s) => s.name)).toEqual(expect.arrayContaining(['government-metas', 'dated-source-line', 'url-shape', 'text-blocks']));
  });
  it('rejects a page of headline links and says why', () => {
    const links = Array.from({ length: 60 }, (_, i) => `<li><a href="/a/${i}.htm">全市重点项目建设推进会召开第${i}次</a> 2024-05-01</li>`).join('');
    const r = detectArticle(dom(`<ul>${links}</ul>`).window.document, 'http://news.example.cn/list/index.htm');
    expect(r.isArticle).toBe(false);
    expect(r.signals.find((s) => s.name === 'link-list')?.weight).toBeLessThan(0);
  });
  it('rejects a login page', () => {
    const r = detectArticle(dom('<form><input type="password"></form>').window.document, 'http://e.cn/login');
    expect(r.isArticle).toBe(false);
  });
});
