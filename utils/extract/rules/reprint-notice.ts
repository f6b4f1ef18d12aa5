import type { AnyRule } from '../line-rules';
import { zhAny } from '../zh';

// Phrases of the standard reprint/copyright notices under Chinese news articles.
const NOTICE = new RegExp(
  zhAny([
    '凡本网注明',
    '转载目的在于传递更多信息',
    '不代表本网赞同其观点',
    '版权归原作者',
    '如有侵权',
    '未经授权禁止',
    '未经许可不得转载',
    '本网转载',
    '转载请注明',
    '不得转载',
    '禁止转载',
    '仅代表作者个人观点',
    '不代表本报立场',
    '不代表本网立场',
    '不代表本台立场',
  ]),
);
const LIMITS = { maxChars: 400 };

/** 凡本網註明…, 轉載請註明出處: the reprint notice under a Chinese article, as a line of its own. */
export const reprintNotice: AnyRule = {
  id: 'reprint-notice',
  kind: 'drop-disclaimers',
  where: 'any',
  reason: 'disclaimer or reprint notice',
  limits: LIMITS,
  test: (line) => line.text.length <= LIMITS.maxChars && NOTICE.test(line.text),
};
