import { leafBlocks, normKey, pruneEmptyAncestors, textOf } from './blocks';
import { removeNode, type Pass } from './context';
import { withoutDates } from './meta/date';

// Only the first few lines are looked at: a reporter line closing the article is content.
const HEAD_LINES = 4;
const MAX_META_LINE = 80;
const LABELS =
  /發布日期|发布日期|發布時間|发布时间|發佈|时间|時間|日期|来源|來源|作者|记者|記者|编辑|編輯|星期[一二三四五六日天]|\bby\b|updated|published|posted|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*day\b|\b(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)\b/gi;

/**
 * Drops lines at the top of the article that repeat what the view shows in its header: the
 * headline again, or a line of nothing but date, byline, source and their labels
 * (fixtures hk-news, tw-cna, en-news).
 */
export const dropHeaderRepeats: Pass = {
  name: 'drop-header-repeats',
  run(ctx) {
    const { title, byline, source, siteName } = ctx.meta;
    const titleKey = normKey(title);
    for (const block of leafBlocks(ctx.root).slice(0, HEAD_LINES)) {
      const text = textOf(block);
      let reason = '';
      if (titleKey && normKey(text) === titleKey) reason = 'repeats the headline';
      else if (text.length <= MAX_META_LINE) {
        let rest = withoutDates(text).replace(LABELS, ' ');
        for (const known of [...byline, source, siteName].filter((s) => s.length >= 2)) rest = rest.split(known).join(' ');
        if (rest !== text && normKey(rest).length <= 1) reason = 'repeats the date, byline or source shown in the header';
      }
      if (!reason) break;
      const parent = block.parentElement;
      removeNode(ctx, 'drop-header-repeats', reason, block);
      pruneEmptyAncestors(parent, ctx.root);
    }
  },
};
