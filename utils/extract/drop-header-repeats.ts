import { leafBlocks, normKey, pruneEmptyAncestors, textOf } from './blocks';
import { removeNode, type Pass } from './context';
import { splitNames } from './meta/byline';
import { withoutDates } from './meta/date';

// Only the first few lines are looked at: a reporter line closing the article is content.
const HEAD_LINES = 6;
const MAX_META_LINE = 80;
const LABELS =
  /發布日期|发布日期|發布時間|发布时间|發佈|时间|時間|日期|来源|來源|作者|记者|記者|编辑|編輯|星期[一二三四五六日天]|更新|\bby\b|updated|published|posted|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*day\b|\b(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)\b/gi;

// 1:39 am EST, 11:04 PM, 11/18/19: what withoutDates leaves of an English date line.
const TIMES = /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?(?:\s*\b(?:[ECMP][SD]?T|GMT|UTC|BST|CET|HKT)\b)?|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/gi;
// "By Justine Coleman - 11/18/19 11:04 PM EST": capitalised names after By.
const BY_NAMES = /^[Bb]y\s+((?:[A-Z][\p{L}.'’-]*\s*){1,4}(?:(?:,|and|&)\s*(?:[A-Z][\p{L}.'’-]*\s*){1,4})*)/u;
// By The Numbers, By Train To Paris: headlines, not names.
const NOT_NAME_WORDS = /\b(?:The|A|An|To|Of|In|On|For|With|At|From|This|That)\b/;
const address = (u: string): string => u.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/[/#?]+$/, '');

/**
 * Drops lines at the top of the article that repeat what the view shows in its header: the
 * headline again, the page's address, or a line of nothing but date, byline, source and
 * their labels (fixtures hk-news, tw-cna, en-news, en-wire-header). A "By …" line names the
 * authors when the page named none elsewhere.
 */
export const dropHeaderRepeats: Pass = {
  name: 'drop-header-repeats',
  run(ctx) {
    const { title, source, siteName } = ctx.meta;
    const titleKey = normKey(title);
    for (const block of leafBlocks(ctx.root).slice(0, HEAD_LINES)) {
      const text = textOf(block);
      let reason = '';
      if (titleKey && normKey(text) === titleKey) reason = 'repeats the headline';
      else if (address(text) === address(ctx.url)) reason = 'repeats the page address';
      else if (text.length <= MAX_META_LINE) {
        const by = ctx.meta.byline.length ? [] : splitNames(BY_NAMES.exec(text)?.[1] ?? '').filter((n) => !NOT_NAME_WORDS.test(n));
        let rest = withoutDates(text).replace(TIMES, ' ').replace(LABELS, ' ');
        for (const known of [...ctx.meta.byline, ...by, source, siteName].filter((s) => s.length >= 2)) rest = rest.split(known).join(' ');
        if (rest !== text && normKey(rest).length <= 1) {
          reason = 'repeats the date, byline or source shown in the header';
          if (by.length) ctx.meta.byline = by;
        }
      }
      if (!reason) break;
      const parent = block.parentElement;
      removeNode(ctx, 'drop-header-repeats', reason, block);
      pruneEmptyAncestors(parent, ctx.root);
    }
  },
};
