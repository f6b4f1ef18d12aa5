import { leafBlocks, pruneEmptyAncestors, textOf } from './blocks';
import { removeNode, type Pass } from './context';
import { zhAny } from './zh';

// A notice heading: 焦作網免責聲明: / 版权声明 / 郑重声明 / Disclaimer.
const HEADING = new RegExp(`^.{0,12}(?:${zhAny(['免责声明', '版权声明', '郑重声明', '特别声明', '法律声明'])})[:：]?$|^disclaimer:?$`, 'i');
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
  ]),
);
const MAX_NOTICE = 400;
// The site's legal boilerplate under an English article: "This document is subject to
// copyright. Apart from any fair dealing…", "The contents of this site are ©2019 …". A plain
// "Copyright © 2019 Press TV. All rights reserved." stays: it names the rights holder, which a
// clip should keep (and AEB's truth keeps it on the AP's and Hawaii News Now's pages).
const EN_NOTICE = /\bthis (?:document|article|material) is subject to copyright\b|\bcontents of this site are (?:©|copyright)/i;
const MAX_EN_NOTICE = 300;

/** A disclaimer heading, a reprint notice or a site's legal boilerplate. */
export function isDisclaimerLine(text: string): boolean {
  return HEADING.test(text) || (text.length <= MAX_NOTICE && NOTICE.test(text)) || (text.length <= MAX_EN_NOTICE && EN_NOTICE.test(text));
}

/** Removes disclaimers, reprint notices and legal boilerplate (免責聲明, 版權聲明, 凡本網註明…, This document is subject to copyright…). */
export const dropDisclaimers: Pass = {
  name: 'drop-disclaimers',
  run(ctx) {
    for (const block of leafBlocks(ctx.root)) {
      const text = textOf(block);
      if (!isDisclaimerLine(text)) continue;
      const parent = block.parentElement;
      removeNode(ctx, 'drop-disclaimers', 'disclaimer or reprint notice', block);
      pruneEmptyAncestors(parent, ctx.root);
    }
  },
};
