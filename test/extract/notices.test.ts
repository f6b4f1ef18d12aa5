import { describe, expect, it } from 'vitest';
import { dropLines } from '../../utils/extract/drop-lines';
import { dropEdgeLines } from '../../utils/extract/drop-edge-lines';
import { dropRelatedLinks } from '../../utils/extract/drop-related-links';
import { extractCredits } from '../../utils/extract/extract-credits';
import { normalizeText } from '../../utils/extract/normalize-text';
import { splitBrParagraphs } from '../../utils/extract/split-br-paragraphs';
import { articleContext, bodyText, pageContext } from '../helpers/dom';
import { lineIs } from '../helpers/rules';
import { textOf } from '../../utils/extract/blocks';

describe('drop-disclaimers', () => {
  it('removes the heading and the reprint notice, keeps articles about disclaimers', () => {
    const ctx =
      articleContext(`<table><tr><td>焦作網免責聲明:</td><td></td></tr><tr><td>凡本網註明“來源:XXX(非焦作網)”的作品,均轉載自其它媒體,轉載目的在於傳遞更多信息。</td></tr></table>
      <p>律师表示，商家在店内张贴的免责声明并不当然有效，消费者仍可依法维权。</p>`);
    dropLines.run(ctx);
    expect(bodyText(ctx)).toBe('律师表示，商家在店内张贴的免责声明并不当然有效，消费者仍可依法维权。');
    expect(ctx.doc.querySelector('table')).toBeNull();
  });
  it.each([
    ['Copyright © 2019 Press TV. All rights reserved.', false],
    ['The contents of this site are ©2019 Capitol Hill Publishing Corp., a subsidiary of News Communications, Inc.', true],
    ['This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced.', true],
    ['© Aaron Schwartz', false],
    ['Copyright law was rewritten in 1976, and the courts followed.', false],
    ['The label said all rights were reserved by the estate.', false],
  ])('%s is legal boilerplate: %s', (line, expected) => {
    expect(lineIs('drop-disclaimers', line)).toBe(expected);
  });
});

describe('drop-related-links', () => {
  it('removes a 相關閱讀 heading and its link list only', () => {
    const ctx = articleContext(
      '<p>正文第一段。</p><h3>相關閱讀</h3><ul><li><a href="/1">新聞一</a></li><li><a href="/2">新聞二</a></li></ul><p>正文第二段。</p>',
    );
    dropRelatedLinks.run(ctx);
    expect(bodyText(ctx)).toBe('正文第一段。 正文第二段。');
  });
  it('knows a heading that trails off ("You may also like...", "Recommended…")', () => {
    const list = '<ul><li><a href="/1">Who will make the Rock Hall?</a></li><li><a href="/2">Fan vote</a></li></ul>';
    const ctx = articleContext(
      `<p>Text.</p><h3>You may also like...</h3>${list}<p>More text.</p><h3>Recommended…</h3>${list}<p>End.</p><h3>More from UK</h3>${list}`,
    );
    dropRelatedLinks.run(ctx);
    expect(bodyText(ctx)).toBe('Text. More text. End.');
  });
  it('removes a list with a link in every item, and passes over empty boxes between heading and list', () => {
    const ctx = articleContext(
      '<p>Text.</p><hr><p>More Great WIRED Stories</p><ul><li>YouTubers must unionize, <a href="/1">no matter what Google says</a></li><li>Paid political ads are not the problem. <a href="/2">Our perceptions are</a></li></ul>' +
        '<div><h2>You may also like</h2></div><div><h2>You may also like</h2><span></span><div><ul><li><a href="/l">Latest</a></li><li><a href="/p">Popular</a></li></ul></div></div>',
    );
    dropRelatedLinks.run(ctx);
    expect(bodyText(ctx)).toBe('Text.');
  });
  it('keeps a list under a related heading when some items have no link', () => {
    const ctx = articleContext('<h3>More</h3><ul><li>Two eggs</li><li>Flour, <a href="/flour">sifted</a></li></ul>');
    dropRelatedLinks.run(ctx);
    expect(bodyText(ctx)).toBe('More Two eggs Flour, sifted');
  });
  it('removes a heading left closing the article without its list, not one with text after it', () => {
    const ctx = articleContext('<p>Text.</p><h3>You may also like...</h3><p>More text.</p><div><h3>Related stories</h3></div>');
    dropRelatedLinks.run(ctx);
    expect(bodyText(ctx)).toBe('Text. You may also like... More text.');
    expect(ctx.removals.map((r) => r.text)).toEqual(['Related stories']);
    // The heading alone, not the body it closes.
    const body = articleContext('<div><p>Text.</p><p>More text.</p><h3>You may also like...</h3></div>');
    dropRelatedLinks.run(body);
    expect(bodyText(body)).toBe('Text. More text.');
  });
  it('removes a label-and-link line, not a sentence that starts with a label', () => {
    const ctx = articleContext(
      '<p>正文第一段。</p><p>延伸阅读：<a href="/1">南阳月季文化节开幕</a></p><p>[Related: <a href="/2">Salesforce keynote</a>]</p><p>Related: the city also cut bus fares, <a href="/3">the mayor</a> said.</p>' +
        '<p><strong>On HoustonChronicle.com:</strong> <a href="/4">Car sales plunge nearly 17 percent in August</a></p>' +
        '<p><strong>Tags<br><a href="/t/1">calendario stock car 2018</a>, <a href="/t/2">stock car brasil</a></strong></p><p>Tags on luggage must show <a href="/x">a name</a> and an address.</p>',
    );
    dropLines.run(ctx);
    expect(bodyText(ctx)).toBe('正文第一段。 Related: the city also cut bus fares, the mayor said. Tags on luggage must show a name and an address.');
    expect(ctx.removals.map((r) => r.reason)).toEqual(['related-links line', 'related-links line', 'related-links line', 'related-links line']);
  });
  it('removes a blog sidebar widget with its list, however little of it is linked', () => {
    const comments =
      '<ul><li><p>〖老街坊〗回复: <a href="/?p=1">《解放路上的理发店》</a></p><p>那家理发店的老师傅今年已经七十多了，手艺还是那么稳当，每次去都要排...</p></li></ul>';
    const ctx = articleContext(
      `<p>正文第一段。</p><span>对[白河边]文章的最新评论</span>${comments}<h3>Recent Posts</h3><ul><li><a href="/?p=2">卧龙岗下的秋天</a></li></ul>`,
    );
    dropRelatedLinks.run(ctx);
    expect(bodyText(ctx)).toBe('正文第一段。');
    expect(ctx.removals.map((r) => r.reason)).toEqual(['blog sidebar heading', 'blog sidebar list', 'blog sidebar heading', 'blog sidebar list']);
  });
  it('removes a Tags / 标签 heading with its links', () => {
    const ctx = articleContext(
      '<p>Text.</p><p>Tags</p><p><a href="/t/1">calendario stock car 2018</a>, <a href="/t/2">stock car interlagos</a></p><p>标签：</p><p><a href="/t/3">南阳</a> <a href="/t/4">月季</a></p>',
    );
    dropRelatedLinks.run(ctx);
    expect(bodyText(ctx)).toBe('Text.');
  });
  it('keeps a paragraph that follows a widget-like heading', () => {
    const ctx = articleContext('<h3>最新评论</h3><p>网友们对这项新规的最新评论大多是支持的，也有人担心执行中走样。</p>');
    dropRelatedLinks.run(ctx);
    expect(bodyText(ctx)).toContain('网友们对这项新规');
  });
});

describe('extract-credits', () => {
  it('moves credit lines into credits, merging repeats, and drops the emptied table', () => {
    const ctx = pageContext('<p>正文。</p><table><tr><td>責 編:劉 佳 |</td></tr><tr><td>編 輯:劉 佳 |</td></tr></table><p>責編：劉佳</p>');
    extractCredits.run(ctx);
    expect(ctx.credits).toEqual([
      { role: '責編', names: ['劉佳'] },
      { role: '編輯', names: ['劉佳'] },
    ]);
    expect(bodyText(ctx)).toBe('正文。');
    expect(ctx.doc.querySelector('table')).toBeNull();
  });
});

describe('split-br-paragraphs', () => {
  it('wraps <br> runs in paragraphs and leaves <p> with line breaks alone', () => {
    const ctx = pageContext('<font id="f">　　第一段。<br>　　第二段<b>加粗</b>。<br><br>　　第三段。</font><p id="poem">床前明月光，<br>疑是地上霜。</p>');
    splitBrParagraphs.run(ctx);
    expect(Array.from(ctx.doc.querySelectorAll('#f > p')).map((p) => p.textContent.trim())).toEqual(['第一段。', '第二段加粗。', '第三段。']);
    expect(ctx.doc.querySelectorAll('#poem br')).toHaveLength(1);
  });
});

describe('normalize-text', () => {
  it('drops full-width indentation and separator-only lines', () => {
    const ctx = articleContext('<p>　　正文第一段。</p><p> | </p><p>\u00a0\u00a0\u00a0正文第二段。</p>');
    normalizeText.run(ctx);
    expect(Array.from(ctx.doc.querySelectorAll('p')).map((p) => p.textContent)).toEqual(['正文第一段。', '正文第二段。']);
  });
  it('keeps rules that separate something and drops those left with nothing to separate', () => {
    const ctx = articleContext('<hr><p>第一节。</p><hr><span></span><hr><p>第二节。</p><hr><img src="/a.jpg"><hr><span></span> <hr>');
    normalizeText.run(ctx);
    expect(Array.from(ctx.article.children).map((e) => e.tagName)).toEqual(['P', 'HR', 'SPAN', 'P', 'HR', 'IMG', 'SPAN']);
  });
});

describe('repairTables', () => {
  it('puts orphan rows back into one table and turns lone cells into divs', async () => {
    const { repairTables } = await import('../../utils/extract/run-readability');
    // As Readability leaves them: a <tbody> without its table, a <td> without its row.
    const ctx = articleContext('<div id="r"></div><table><tbody><tr><td>a</td></tr><tr><td>b</td></tr></tbody></table><table><tr><td>c</td></tr></table>');
    const root = ctx.doc.getElementById('r')!;
    const [first, second] = Array.from(ctx.doc.querySelectorAll('table'));
    root.append(first!.querySelector('tbody')!, second!.querySelector('td')!);
    repairTables(root);
    expect(root.querySelectorAll('table tr')).toHaveLength(2);
    expect(root.querySelector('div')?.textContent).toBe('c');
    expect(root.querySelector(':scope > td')).toBeNull();
  });
});

describe('articleText', () => {
  it('writes data tables row by row and walks layout tables as containers', async () => {
    const { articleText } = await import('../../utils/extract/serialize');
    const ctx = articleContext(
      '<table><tr><td><p>正文第一段。</p><table><tr><td>甲</td><td>1</td></tr><tr><td>乙</td><td>2</td></tr></table><p>正文第二段。</p></td></tr></table>',
    );
    expect(articleText(ctx.article)).toBe('正文第一段。\n\n甲\t1\n乙\t2\n\n正文第二段。');
  });
});

describe('drop-header-repeats', () => {
  it('drops the headline and a date/byline line at the top, keeps the reporter line at the end', () => {
    const ctx = articleContext('<h2>政院通過修正草案</h2><p>記者陳家明　2024年5月3日 16:45</p><p>正文第一段，行政院今天召開院會。</p><p>（記者陳家明）</p>');
    ctx.meta = { ...ctx.meta, title: '政院通過修正草案', byline: ['陳家明'] };
    dropEdgeLines.run(ctx);
    expect(bodyText(ctx)).toBe('正文第一段，行政院今天召開院會。 （記者陳家明）');
    expect(ctx.removals.map((r) => r.reason)).toEqual(['repeats the headline', 'repeats the date, byline or source shown in the header']);
  });
  it('knows dates written in English, with their weekday (fixture cn-blog-sidebar)', () => {
    const ctx = articleContext(
      '<p>Saturday, October 12th, 2024 \u00a0 07:45 am</p><p>星期六 2024年10月12日</p><p>Posted Nov. 19, 2019, 9:28 PM</p><p>正文第一段。</p>',
    );
    dropEdgeLines.run(ctx);
    expect(bodyText(ctx)).toBe('正文第一段。');
  });
  it('drops the page address and a By line, which names the authors when nothing else did (fixture en-wire-header)', () => {
    const ctx = articleContext(
      '<p>https://www.example.com/news/bridge.php</p><p>By Justine Coleman - 11/18/19 11:04 PM EST</p><p>By The Numbers</p><p>Text.</p>',
      'https://example.com/news/bridge.php',
    );
    dropEdgeLines.run(ctx);
    expect(bodyText(ctx)).toBe('By The Numbers Text.');
    expect(ctx.meta.byline).toEqual(['Justine Coleman']);
    expect(ctx.removals.map((r) => r.reason)).toEqual(['repeats the page address', 'repeats the date, byline or source shown in the header']);
  });
  it('drops the section named in the address, an Updated/Posted line without years, and a byline with its newsroom role', () => {
    const ctx = articleContext(
      '<p>Entertainment</p><p>Tom Krisher, AP Auto Writer</p><p>Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM</p><p>Staff Writer</p><p>Text.</p>',
      'https://www.example.com/entertainment/2019/11/florida-man.html',
    );
    ctx.meta = { ...ctx.meta, byline: ['TOM KRISHER'] };
    dropEdgeLines.run(ctx);
    expect(bodyText(ctx)).toBe('Staff Writer Text.');
    expect(ctx.meta.byline).toEqual(['Tom Krisher']);
    expect(ctx.removals.map((r) => r.reason)).toEqual([
      'repeats the section in the page address',
      'repeats the date, byline or source shown in the header',
      'repeats the date, byline or source shown in the header',
    ]);
  });
  it('drops a byline whose newsroom role is a beat of two words (AP National Security Writer), and the lines after it', () => {
    const ctx = articleContext(
      '<div><p>Robert Burns, Ap National Security Writer</p><span>Updated <time>5:27 am CST, Wednesday, November 20, 2019</time></span></div><p>Text.</p><p>More.</p>',
    );
    ctx.meta = { ...ctx.meta, byline: ['ROBERT BURNS'] };
    dropEdgeLines.run(ctx);
    expect(bodyText(ctx)).toBe('Text. More.');
    expect(ctx.meta.byline).toEqual(['Robert Burns']);
  });
  it('looks again after each removal: loose text beside a removed line is a line of its own', () => {
    const ctx = articleContext(
      '<div><p>Tom Krisher, AP Auto Writer</p><span>Updated <time>1:39 am EST, Wednesday, November 20, 2019</time></span></div><p>Text.</p>',
    );
    ctx.meta = { ...ctx.meta, byline: ['Tom Krisher'] };
    dropEdgeLines.run(ctx);
    expect(textOf(ctx.article)).toBe('Text.');
  });
  it('keeps a first line that only shares a word with the address', () => {
    const ctx = articleContext('<p>Entertainment news</p><p>Text.</p>', 'https://www.example.com/entertainment/2019/11/entertainment-news');
    dropEdgeLines.run(ctx);
    expect(ctx.removals).toEqual([]);
    // Nor the only line there is (Readability's test page 005: "Test" at /test/005/).
    const only = articleContext('<p>Test</p>', 'http://fakehost/test/005/source.html');
    dropEdgeLines.run(only);
    expect(only.removals).toEqual([]);
  });
  it('stops at the first real line', () => {
    const ctx = articleContext(
      '<p>新华社北京5月8日电（记者王雪）记者8日从水利部获悉。</p><p>2024-05-08</p><p>On Saturday, October 12th, 2024 the mayor spoke.</p>',
    );
    ctx.meta = { ...ctx.meta, byline: ['王雪'] };
    dropEdgeLines.run(ctx);
    expect(ctx.doc.querySelectorAll('p')).toHaveLength(3);
  });
});
