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

/** A disclaimer heading or a reprint notice line. */
export function isDisclaimerLine(text: string): boolean {
  return HEADING.test(text) || (text.length <= MAX_NOTICE && NOTICE.test(text));
}

/** Removes disclaimers and reprint notices (免責聲明, 版權聲明, 凡本網註明…). */
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
