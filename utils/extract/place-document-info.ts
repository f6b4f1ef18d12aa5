import { type ArticlePass } from './context';
import { MARK } from './marks';
import { isDocInfoTable } from './meta/doc-info';

/**
 * Puts a government document's information table (索引号, 发文机关, 成文日期, 发文字号…,
 * read from the whole page by read-metadata) at the top of the article as a clean table of
 * label and value, replacing any copy Readability kept. Researchers cite these fields;
 * Readability drops the table, which sits outside the text (fixture cn-gov-document).
 */
export const placeDocumentInfo: ArticlePass = {
  name: 'place-document-info',
  phase: 'article',
  reads: ['meta'],
  writes: ['marks.docInfo'],
  runsOn: 'both',
  run(ctx) {
    const fields = ctx.meta.docInfo;
    if (!fields.length) return;
    for (const copy of Array.from(ctx.article.querySelectorAll('table'))) if (!copy.querySelector('table') && isDocInfoTable(copy)) copy.remove();
    const doc = ctx.article.ownerDocument;
    const table = doc.createElement('table');
    table.setAttribute(MARK.docInfo, '');
    const body = table.appendChild(doc.createElement('tbody'));
    for (const { label, value } of fields) {
      const row = body.appendChild(doc.createElement('tr'));
      row.appendChild(doc.createElement('th')).textContent = label;
      row.appendChild(doc.createElement('td')).textContent = value;
    }
    ctx.article.prepend(table);
  },
};
