import type { AnyRule } from '../line-rules';
import { zhAny } from '../zh';

// Fields a page states about itself, not about the story: 資料維護 / 最後更新日期 / 發布單位 …
const FIELD = `(?:${zhAny(['资料维护', '维护单位', '最后更新日期', '最后更新时间', '最后更新', '更新日期', '上架日期', '下架日期', '资料来源网站'])})`;
const FIELDS = new RegExp(`^(?:${FIELD}\\s*[:：]\\s*[^:：]{1,30}?\\s*){1,4}$`);
const LIMITS = { maxChars: 80 };

/** A line of the page's own fields (unseen tw-gov-release); 資料來源 naming the story's sources stays. */
export const pageFields: AnyRule = {
  id: 'page-fields',
  kind: 'drop-page-furniture',
  where: 'any',
  reason: 'the page’s own fields (maintained by, last updated)',
  limits: LIMITS,
  test: (line) => line.text.length <= LIMITS.maxChars && FIELDS.test(line.text),
};
