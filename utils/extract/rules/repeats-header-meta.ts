import { normKey } from '../blocks';
import { FURNITURE_WORDS } from '../furniture';
import type { EdgeRule, LineView } from '../line-rules';
import { splitNames } from '../meta/byline';
import { withoutDates } from '../meta/date';
import { EN_INFO_LABELS, EN_ROLE_ADJECTIVES, EN_ROLES, INFO_LABELS, NOT_NAME_WORDS, WIRE_SERVICES, enAny } from '../newsroom';
import type { ArticleContext } from '../context';
import { zhAny } from '../zh';

const LABELS = new RegExp(
  `${zhAny([...INFO_LABELS].sort((a, b) => b.length - a.length))}|${zhAny(['星期'])}[一二三四五六日天]|${enAny(EN_INFO_LABELS)}|\\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*day\\b|\\b(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)\\b`,
  'gi',
);
// 1:39 am EST, 11:04 PM, 11/18/19, Nov 19 (no year): what withoutDates leaves of an English date line.
const TIMES =
  /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?(?:\s*\b(?:[ECMP][SD]?T|GMT|UTC|BST|CET|HKT)\b)?|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b/gi;
// "Tom Krisher, AP Auto Writer": a newsroom role or wire service after the byline's names.
const ROLES = new RegExp(`\\b(?:${WIRE_SERVICES.join('|')}|(?:(?:${EN_ROLE_ADJECTIVES.join('|')})\\s+)*(?:${EN_ROLES.join('|')})s?)\\b`, 'gi');
// "By Justine Coleman - 11/18/19 11:04 PM EST": capitalised names after By.
const BY_NAMES = /^[Bb]y\s+((?:[A-Z][\p{L}.'’-]*\s*){1,4}(?:(?:,|and|&)\s*(?:[A-Z][\p{L}.'’-]*\s*){1,4})*)/u;
const NOT_NAME = new RegExp(enAny(NOT_NAME_WORDS));
const anyCase = (s: string): RegExp => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
const LIMITS = { maxChars: 80 };

/** Names a "By …" line gives when the page named none elsewhere. */
const byNames = (line: LineView, ctx: ArticleContext): string[] =>
  ctx.meta.byline.length ? [] : splitNames(BY_NAMES.exec(line.text)?.[1] ?? '').filter((n) => !NOT_NAME.test(n));

/** What is left of the line once dates, labels, names, source, site and page furniture are taken out. */
function rest(line: LineView, ctx: ArticleContext): string {
  const text = line.text;
  let left = withoutDates(text).replace(TIMES, ' ').replace(LABELS, ' ').replace(FURNITURE_WORDS, ' ');
  // Names in any case: the page's meta may say TOM KRISHER over "Tom Krisher, AP Auto Writer".
  const names = [...ctx.meta.byline, ...byNames(line, ctx)].filter((s) => s.length >= 2).map(anyCase);
  // A role counts only on a line that names the author ("Staff Writer" alone may head a column).
  if (names.some((n) => n.test(left))) left = left.replace(ROLES, ' ');
  for (const known of [...names, ...[ctx.meta.source, ctx.meta.siteName].filter((s) => s.length >= 2).map(anyCase)]) left = left.replace(known, ' ');
  return left;
}

/**
 * A line of nothing but the date, byline, source and their labels (and a page's font-size or
 * print switch beside them), which the view shows in its header (fixtures tw-cna,
 * en-wire-header). A "By …" line names the authors when the page named none elsewhere.
 */
export const repeatsHeaderMeta: EdgeRule = {
  id: 'repeats-header-meta',
  kind: 'drop-header-repeats',
  where: 'head',
  reason: 'repeats the date, byline or source shown in the header',
  limits: LIMITS,
  test(line, ctx) {
    if (line.text.length > LIMITS.maxChars) return false;
    const left = rest(line, ctx);
    return left !== line.text && normKey(left).length <= 1;
  },
  onRemove(line, ctx) {
    const by = byNames(line, ctx);
    if (by.length) ctx.meta.byline = by;
    // The line writes the names as people do where the meta shouts them (TOM KRISHER).
    ctx.meta.byline = ctx.meta.byline.map((n) => (n === n.toUpperCase() ? (anyCase(n).exec(line.text)?.[0] ?? n) : n));
  },
};
