import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/extract';
import { dom } from '../helpers/dom';

const P = (i: number) => `<p>第${i}段：市委书记实地调研部分重点项目建设，强调要坚持项目为王、实干为要，推动项目建设提质增效。</p>`;
const PAGE = `<html><head><title>项目建设提质增效_某市新闻网</title><meta name="PubDate" content="2024-04-23 08:35"></head><body>
<h1>项目建设提质增效</h1><p>2024-04-23 08:35 来源：某市日报</p><div id="a">${P(1)}${P(2)}${P(3)}<p>责编：刘佳</p></div></body></html>`;

function selectFrom(html: string, from: string, to: string) {
  const d = dom(html, 'http://news.example.cn/2024-04/23/content_1.htm');
  const doc = d.window.document;
  const range = doc.createRange();
  range.setStartBefore(doc.querySelector(from)!);
  range.setEndAfter(doc.querySelector(to)!);
  return { d, selection: range.cloneContents() };
}

describe('read-selection (Clip selection)', () => {
  it('reads only the selection, cleaned, with the page metadata', () => {
    const { d, selection } = selectFrom(PAGE, '#a p:nth-child(2)', '#a p:nth-child(4)');
    const a = extractArticle(d.window.document, d.window.location.href, { window: d.window as unknown as Window, selection });
    expect(a.isArticle).toBe(true);
    expect(a.title).toBe('项目建设提质增效');
    expect(a.publishedTime).toBe('2024-04-23T08:35:00+08:00');
    expect(a.text).not.toContain('第1段');
    expect(a.text).toContain('第2段');
    expect(a.text).toContain('第3段');
    expect(a.text).not.toContain('责编');
    expect(a.credits).toEqual([{ role: '责编', names: ['刘佳'] }]);
  });
  it('keeps a selection too short or too list-like for a page of its own', () => {
    const { d, selection } = selectFrom(PAGE, '#a p:nth-child(1)', '#a p:nth-child(1)');
    const a = extractArticle(d.window.document, d.window.location.href, { window: d.window as unknown as Window, selection });
    expect(a.isArticle).toBe(true);
    expect(a.text.trim()).toMatch(/^第1段/);
  });
});
