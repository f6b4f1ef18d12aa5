import { leafBlocks, normKey, pruneEmptyAncestors, textOf } from './blocks';
import { removeNode, type Pass } from './context';
import { splitNames } from './meta/byline';
import { withoutDates } from './meta/date';
import { pathname } from '../url';

// Only the first few lines are looked at: a reporter line closing the article is content.
const HEAD_LINES = 6;
const MAX_META_LINE = 80;
const LABELS =
  /發布日期|发布日期|發布時間|发布时间|發佈|时间|時間|日期|来源|來源|作者|记者|記者|编辑|編輯|星期[一二三四五六日天]|更新|\bby\b|updated|published|posted|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*day\b|\b(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)\b/gi;

// 1:39 am EST, 11:04 PM, 11/18/19, Nov 19 (no year): what withoutDates leaves of an English date line.
const TIMES =
  /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?(?:\s*\b(?:[ECMP][SD]?T|GMT|UTC|BST|CET|HKT)\b)?|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b/gi;
// "Tom Krisher, AP Auto Writer": a newsroom role or wire service after the byline's names.
const ROLES =
  /\b(?:(?:the\s+)?associated press|ap|reuters|afp|(?:(?:senior|chief|staff|special|contributing|national|political|business|auto|science|sports|tech(?:nology)?|medical|health)\s+)*(?:writer|reporter|correspondent|editor|columnist|contributor)s?)\b/gi;
// "By Justine Coleman - 11/18/19 11:04 PM EST": capitalised names after By.
const BY_NAMES = /^[Bb]y\s+((?:[A-Z][\p{L}.'’-]*\s*){1,4}(?:(?:,|and|&)\s*(?:[A-Z][\p{L}.'’-]*\s*){1,4})*)/u;
// By The Numbers, By Train To Paris: headlines, not names.
const NOT_NAME_WORDS = /\b(?:The|A|An|To|Of|In|On|For|With|At|From|This|That)\b/;
const address = (u: string): string => u.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/[/#?]+$/, '');
const anyCase = (s: string): RegExp => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
const decoded = (part: string): string => {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
};
// The site's section printed over the story ("Entertainment" on …/entertainment/2019/11/…): a folder of the address.
const MAX_SECTION = 30;
const isSection = (text: string, url: string): boolean => {
  const key = normKey(text);
  return (
    text.length <= MAX_SECTION &&
    !!key &&
    pathname(url)
      .split('/')
      .slice(0, -1)
      .some((part) => normKey(decoded(part)) === key)
  );
};

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
    for (let line = 0; line < HEAD_LINES; line++) {
      // Looked up again after each removal: a container left with only loose text ("Updated
      // <time>…</time>" beside the byline's block) is a line of its own now.
      const blocks = leafBlocks(ctx.root);
      // A header repeat sits over the story: the last line is never one (a page whose only line is "Test").
      if (blocks.length < 2) break;
      const block = blocks[0]!;
      const text = textOf(block);
      let reason = '';
      if (titleKey && normKey(text) === titleKey) reason = 'repeats the headline';
      else if (address(text) === address(ctx.url)) reason = 'repeats the page address';
      else if (isSection(text, ctx.url)) reason = 'repeats the section in the page address';
      else if (text.length <= MAX_META_LINE) {
        const by = ctx.meta.byline.length ? [] : splitNames(BY_NAMES.exec(text)?.[1] ?? '').filter((n) => !NOT_NAME_WORDS.test(n));
        let rest = withoutDates(text).replace(TIMES, ' ').replace(LABELS, ' ');
        // Names in any case: the page's meta may say TOM KRISHER over "Tom Krisher, AP Auto Writer".
        const names = [...ctx.meta.byline, ...by].filter((s) => s.length >= 2).map(anyCase);
        // A role counts only on a line that names the author ("Staff Writer" alone may head a column).
        if (names.some((n) => n.test(rest))) rest = rest.replace(ROLES, ' ');
        for (const known of [...names, ...[source, siteName].filter((s) => s.length >= 2).map(anyCase)]) rest = rest.replace(known, ' ');
        if (rest !== text && normKey(rest).length <= 1) {
          reason = 'repeats the date, byline or source shown in the header';
          if (by.length) ctx.meta.byline = by;
          // The line writes the names as people do where the meta shouts them (TOM KRISHER).
          ctx.meta.byline = ctx.meta.byline.map((n) => (n === n.toUpperCase() ? (anyCase(n).exec(text)?.[0] ?? n) : n));
        }
      }
      if (!reason) break;
      const parent = block.parentElement;
      removeNode(ctx, 'drop-header-repeats', reason, block);
      pruneEmptyAncestors(parent, ctx.root);
    }
  },
};
