import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../cli/extract-html';
import { flattenDeepNesting, MAX_DEPTH } from '../../utils/extract/flatten-deep-nesting';
import { dom, pageContext } from '../helpers/dom';

const P = '<p>市委书记实地调研部分重点项目建设，强调要坚持项目为王、实干为要，强化责任意识和效率观念，推动项目建设提质增效。</p>';

describe('flatten-deep-nesting', () => {
  it('keeps every paragraph of a deeply nested page, each still a paragraph', () => {
    const ctx = pageContext('<div>'.repeat(1000) + P.repeat(3) + '<span>尾</span>' + '</div>'.repeat(1000));
    flattenDeepNesting.run(ctx);
    expect(ctx.doc.querySelectorAll('p')).toHaveLength(3);
    expect(ctx.page.textContent).toContain('尾');
    let depth = 0;
    for (let n: Element | null = ctx.doc.querySelector('p'); n && n !== ctx.page; n = n.parentElement) depth++;
    // Content sits under the cut at MAX_DEPTH; shallow wrappers (up to 3 levels) move whole with it.
    expect(depth).toBeLessThanOrEqual(MAX_DEPTH + 3);
  });
  it('leaves ordinary pages alone', () => {
    const ctx = pageContext('<div><div><p>a</p></div></div>');
    const before = ctx.page.outerHTML;
    flattenDeepNesting.run(ctx);
    expect(ctx.page.outerHTML).toBe(before);
  });
});

describe('the pipeline on pathological pages', () => {
  it('extracts a page nested 5,000 elements deep', () => {
    const html = `<title>深层嵌套_某网</title>${'<div>'.repeat(5000)}${P.repeat(5)}${'</div>'.repeat(5000)}`;
    const a = extractFromHtml(html, 'http://news.example.cn/2024-05/08/content_1.htm');
    expect(a.text.split('\n\n').filter((p) => p.startsWith('市委书记'))).toHaveLength(5);
  }, 60_000); // jsdom alone takes ~5 s to parse it

  it('extracts a page nested 10,000 elements deep (jsdom recurses on every change past a few thousand)', () => {
    const html = `<title>深层嵌套_某网</title>${'<div>'.repeat(10_000)}${P.repeat(5)}${'</div>'.repeat(10_000)}`;
    const a = extractFromHtml(html, 'http://news.example.cn/2024-05/08/content_1.htm');
    expect(a.text.split('\n\n').filter((p) => p.startsWith('市委书记'))).toHaveLength(5);
    expect(a.removals[0]!.reason).toMatch(/^deep page: \d+ wrappers nested more than 1000 levels deep were unwrapped/);
  }, 60_000);

  it('reads a JSON-LD @type holding arrays nested 5,000 deep as a type name, not a stack overflow', () => {
    const type = '"NewsArticle",' + '['.repeat(5_000) + '"x"' + ']'.repeat(5_000);
    const html = `<title>LD_某网</title><script type="application/ld+json">{"@context":"https://schema.org","@type":[${type}]}</script><h1>LD</h1>${P.repeat(5)}`;
    const a = extractFromHtml(html, 'http://news.example.cn/2024-05/08/content_1.htm');
    expect(a.isArticle).toBe(true);
    expect(a.detection.signals.find((s) => s.name === 'json-ld-article')?.detail).toBe('NewsArticle');
  });
});

describe('unclobber', () => {
  it('strips names and ids that shadow Document properties, keeps the rest', async () => {
    const { scanPage } = await import('../../utils/extract/page-scan');
    const ctx = { doc: dom('<img name="createElement"><form id="querySelector"></form><a id="body"></a><p id="intro" name="x">t</p>').window.document };
    expect(scanPage(ctx.doc, ctx.doc.defaultView!).clobbered).toBe(3);
    expect(ctx.doc.querySelector('#intro')?.getAttribute('name')).toBe('x');
    expect(ctx.doc.querySelectorAll('[name="createElement"], #querySelector, #body')).toHaveLength(0);
  });
  it('drops removal markers a page planted (a page could move a block the reader restores)', async () => {
    const { scanPage } = await import('../../utils/extract/page-scan');
    const ctx = { doc: dom('<p>正文<span data-qd-removed="0"></span></p><div data-qd-removed="3">x</div>').window.document };
    scanPage(ctx.doc, ctx.doc.defaultView!);
    expect(ctx.doc.querySelectorAll('[data-qd-removed]')).toHaveLength(0);
  });
  it('drops every other mark a page planted, and keeps live marks that carry this run’s token', async () => {
    const { scanPage } = await import('../../utils/extract/page-scan');
    const ctx = {
      doc: dom(
        '<p id="a" data-qd-hidden="live">正文</p><img id="b" data-qd-broken="1" data-qd-lazy="1"><table id="c" data-qd-doc-info></table><p id="d" data-qd-hidden="t0k3n">x</p>',
      ).window.document,
    };
    scanPage(ctx.doc, ctx.doc.defaultView!, 't0k3n');
    const marks = (id: string): string[] =>
      ctx.doc
        .getElementById(id)!
        .getAttributeNames()
        .filter((n) => n.startsWith('data-qd-'));
    expect(['a', 'b', 'c'].map(marks)).toEqual([[], [], []]);
    expect(marks('d')).toEqual(['data-qd-hidden']);
  });
});

describe('found by fuzzing', () => {
  it('survives an iframe the pipeline removes (jsdom threw on close)', () => {
    const a = extractFromHtml('<p><math><iframe><p><iframe>', 'http://news.example.cn/a.htm');
    expect(a.isArticle).toBe(false);
    expect(a.reason).toBeTruthy();
  });
});

describe('firstPart (the popup paints at most 200 KB first)', () => {
  it('keeps short articles whole and cuts long ones after a closing block tag', async () => {
    const { firstPart } = await import('../../components/SanitizedHtml');
    expect(firstPart('<p>a</p>', 100)).toBe('<p>a</p>');
    const long = '<p>一二三</p>'.repeat(50);
    const cut = firstPart(long, 100);
    expect(cut.endsWith('</p>')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(100);
  });
});
