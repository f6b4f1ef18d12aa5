import { describe, expect, it } from 'vitest';
import { readDocInfo } from '../../utils/extract/meta/doc-info';
import { placeDocumentInfo } from '../../utils/extract/place-document-info';
import { articleContext, pageContext } from '../helpers/dom';

const TABLE =
  '<table><tr><td>索&nbsp;引&nbsp;号：</td><td>114113/2024-01127</td><td>主题分类：</td><td>城乡建设</td></tr>' +
  '<tr><td>發文機關：</td><td>南阳市人民政府办公室</td></tr><tr><td>发文字号：</td><td>宛政办明电〔2024〕36号</td></tr></table>';

describe('readDocInfo', () => {
  it('reads label/value pairs, two to a row, in either script', () => {
    const { doc } = pageContext(`<p>正文。</p>${TABLE}`);
    expect(readDocInfo(doc)).toEqual([
      { label: '索引号', value: '114113/2024-01127' },
      { label: '主题分类', value: '城乡建设' },
      { label: '發文機關', value: '南阳市人民政府办公室' },
      { label: '发文字号', value: '宛政办明电〔2024〕36号' },
    ]);
  });

  it('needs three known fields, and skips layout tables that hold tables', () => {
    const two = '<table><tr><td>标题：</td><td>通知</td></tr><tr><td>发布日期：</td><td>2024年10月28日</td></tr></table>';
    expect(readDocInfo(pageContext(two).doc)).toEqual([]);
    const layout = pageContext(`<table><tr><td>${TABLE}</td></tr></table>`);
    expect(readDocInfo(layout.doc).map((f) => f.label)).toEqual(['索引号', '主题分类', '發文機關', '发文字号']);
  });
});

describe('place-document-info', () => {
  it('puts one clean table at the top and drops the copy Readability kept', () => {
    const ctx = articleContext(`<p>正文第一段。</p>${TABLE}`);
    ctx.meta.docInfo = readDocInfo(ctx.doc);
    placeDocumentInfo.run(ctx);
    const tables = ctx.article.querySelectorAll('table');
    expect(tables).toHaveLength(1);
    expect(ctx.article.firstElementChild).toBe(tables[0]);
    expect(Array.from(tables[0]!.querySelectorAll('th')).map((th) => th.textContent)).toEqual(['索引号', '主题分类', '發文機關', '发文字号']);
  });

  it('does nothing on a page without one', () => {
    const ctx = articleContext('<p>正文第一段。</p>');
    placeDocumentInfo.run(ctx);
    expect(ctx.article.querySelector('table')).toBeNull();
  });
});
