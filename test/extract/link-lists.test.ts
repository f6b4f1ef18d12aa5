import { describe, expect, it } from 'vitest';
import { dropLinkLists } from '../../utils/extract/drop-link-lists';
import { articleContext, bodyText } from '../helpers/dom';

const P1 = '<p>南阳新建三座城市书房同时对外开放，市民凭身份证或读者证即可免费借阅图书，城市书房总数达到二十一座。</p>';
const P2 = '<p>据了解，今年南阳还将在县区新建十座城市书房，并推出线上预约借书服务，让全民阅读走进更多群众的日常生活。</p>';
const HEADLINES =
  '<ul><li><a href="/a">南阳高铁全面开工建设</a></li><li><a href="/b">中心城区新增停车泊位</a></li><li><a href="/c">汉画馆推出夜间开放活动</a></li></ul>';
const run = (html: string): string => {
  const ctx = articleContext(html);
  dropLinkLists.run(ctx);
  return bodyText(ctx);
};

describe('drop-link-lists', () => {
  it('removes a headline list after the last paragraph and a breadcrumb before the first', () => {
    const crumb = '<div><a href="/">宛城在线</a> &gt; <a href="/news/">新闻中心</a> &gt; <a href="/news/local/">南阳新闻</a></div>';
    expect(run(crumb + P1 + P2 + HEADLINES)).toBe(`${P1} ${P2}`.replace(/<\/?p>/g, ''));
  });

  it('keeps a list between two paragraphs: it is the article’s own', () => {
    expect(run(P1 + HEADLINES + P2)).toContain('汉画馆推出夜间开放活动');
  });

  it('takes a headline table whole, with the summary under its first headline', () => {
    const table = `<table><tr><td><a href="/h">[头条]</a> <a href="/1">南阳至信阳高铁南阳段全面开工建设</a></td></tr>
      <tr><td>全线设站六座，建成后南阳到信阳最快一小时可达，沿线群众出行将更加便捷…… [<a href="/1">全文</a>]</td></tr>
      <tr><td><a href="/f">[关注]</a> <a href="/2">中心城区新增停车泊位三千个</a></td></tr>
      <tr><td><a href="/m">[民生]</a> <a href="/3">高考期间这些路段将临时交通管制</a></td></tr></table>`;
    expect(run(P1 + P2 + table)).not.toContain('全线设站六座');
  });

  it('looks into a paragraph that wraps tables (Readability makes <p>s of <div>s)', () => {
    const table = `<table><tr><td><a href="/f">[关注]</a> <a href="/2">中心城区新增停车泊位三千个</a></td></tr>
      <tr><td><a href="/m">[民生]</a> <a href="/3">高考期间这些路段将临时交通管制</a></td></tr>
      <tr><td><a href="/s">[社会]</a> <a href="/4">白河湿地公园迎来候鸟越冬</a></td></tr></table>`;
    const ctx = articleContext(P1 + P2 + `<div id="wrap">${table}</div>`);
    // The HTML parser never puts a table in a <p>; Readability's DOM does.
    const wrap = ctx.doc.getElementById('wrap')!;
    const p = ctx.doc.createElement('p');
    p.append(...Array.from(wrap.childNodes));
    wrap.replaceWith(p);
    dropLinkLists.run(ctx);
    expect(bodyText(ctx)).not.toContain('白河湿地公园');
    expect(bodyText(ctx)).toContain('城市书房总数达到二十一座');
  });

  it('keeps tables of contents, data tables with headers, and paragraphs full of linked names', () => {
    const toc = '<ul><li><a href="#a">一、背景</a></li><li><a href="#b">二、做法</a></li><li><a href="#c">三、成效</a></li></ul>';
    const data =
      '<table><tr><th>书房</th><th>地址</th></tr><tr><td><a href="/1">卧龙区</a></td><td><a href="/m1">卧龙路</a></td></tr><tr><td><a href="/2">宛城区</a></td><td><a href="/m2">新华路</a></td></tr></table>';
    const names = '<p><a href="/x">张三</a>、<a href="/y">李四</a>和<a href="/z">王五</a>出席。</p>';
    const out = run(toc + P1 + P2 + data + names);
    for (const kept of ['一、背景', '卧龙区', '王五']) expect(out).toContain(kept);
  });

  it('leaves a page without paragraphs alone', () => {
    expect(run(HEADLINES)).toContain('南阳高铁全面开工建设');
  });
});
