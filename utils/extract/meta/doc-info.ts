import { zhAny } from '../zh';

/** One row of a government document's information table: 发文字号 → 吉政明电〔2022〕1号. */
export interface DocField {
  label: string;
  value: string;
}

// The fields of the 政府信息公开 table that government sites put above a document.
const LABEL = new RegExp(
  `^(?:${zhAny([
    '索引号',
    '主题分类',
    '组配分类',
    '体裁分类',
    '分类',
    '发文机关',
    '发布机构',
    '发布单位',
    '成文日期',
    '标题',
    '名称',
    '发文字号',
    '文号',
    '发布日期',
    '有效性',
    '时效性',
    '主题词',
    '公开方式',
    '公开范围',
  ])})$`,
);
const MIN_FIELDS = 3;
const MAX_ROWS = 16;
const MAX_VALUE = 200;

const label = (s: string | null): string => (s ?? '').replace(/[\s\u00a0\u3000]+/g, '').replace(/[:：]$/, '');
const value = (s: string | null): string => (s ?? '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();

/** Label/value pairs of one table: each row is label, value[, label, value…]. */
function fieldsOf(table: Element): DocField[] {
  const rows = Array.from(table.querySelectorAll('tr'));
  if (rows.length > MAX_ROWS) return [];
  const out: DocField[] = [];
  for (const row of rows) {
    const cells = Array.from(row.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
    for (let i = 0; i + 1 < cells.length; i += 2) {
      const l = label(cells[i]!.textContent);
      const v = value(cells[i + 1]!.textContent);
      if (LABEL.test(l) && v && v.length <= MAX_VALUE) out.push({ label: l, value: v });
    }
  }
  return out;
}

/** Is this table a document information table (three or more known fields)? */
export const isDocInfoTable = (table: Element): boolean => new Set(fieldsOf(table).map((f) => f.label)).size >= MIN_FIELDS;

/**
 * The information table of a government document (索引号, 发文机关, 成文日期, 发文字号,
 * 发布日期…), read from the whole page: it sits outside the text, where Readability never
 * looks (fixture cn-gov-document). The first such table wins; later ones are copies.
 */
export function readDocInfo(doc: Document): DocField[] {
  for (const table of Array.from(doc.getElementsByTagName('table'))) {
    if (table.querySelector('table')) continue;
    const fields = fieldsOf(table);
    if (new Set(fields.map((f) => f.label)).size >= MIN_FIELDS) return fields;
  }
  return [];
}
