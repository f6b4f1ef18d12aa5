/**
 * What a meta line holds: dates, times, bylines, sources and their labels (and a page's
 * font-size or print switch beside them). A line of nothing else repeats what the view shows
 * in its header, at the top (rules/repeats-header-meta) or the end (rules/closing-meta).
 */
import { mergeCredits, type Credit } from '../article';
import { normKey } from './blocks';
import type { ArticleContext } from './context';
import { FURNITURE_WORDS } from './furniture';
import type { LineView } from './line-rules';
import { splitNames } from './meta/byline';
import { withoutDates } from './meta/date';
import { EN_INFO_LABELS, EN_ROLE_ADJECTIVES, EN_ROLES, INFO_LABELS, NOT_NAME_WORDS, WIRE_SERVICES, ZH_ROLES, enAny } from './newsroom';
import { zhAny } from './zh';

const LABELS = new RegExp(
  `${zhAny([...INFO_LABELS].sort((a, b) => b.length - a.length))}|${zhAny(['星期'])}[一二三四五六日天]|${enAny(EN_INFO_LABELS)}|\\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*day\\b|\\b(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)\\b`,
  'gi',
);
// 1:39 am EST, 11:04 PM, 11/18/19, Nov 19 (no year), 16時30分: what withoutDates leaves of a date line.
const TIMES =
  /\b\d{1,2}[时時]\d{1,2}分?|\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?(?:\s*\b(?:[ECMP][SD]?T|GMT|UTC|BST|CET|HKT)\b)?|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b/gi;
// "Tom Krisher, AP Auto Writer": a newsroom role or wire service after the byline's names.
// The paper's short name, or a beat of two words, may come first: "Courier staff", "AP
// National Security Writer".
const ROLES = new RegExp(
  `\\b(?:${WIRE_SERVICES.join('|')}|(?:[A-Z][\\w.'’-]*\\s+){0,2}(?:(?:${EN_ROLE_ADJECTIVES.join('|')})\\s+)*(?:${EN_ROLES.join('|')})s?)\\b|(?:${zhAny(['本报', '本台', '本刊', '本网'])})?(?:${zhAny(ZH_ROLES)})`,
  'gi',
);
// Contributors named beside the reporter in an info line (记者：陈静 通讯员：刘洋): meta, like
// the reporter; when the line goes, they are kept as credits (contributorCredits).
const CONTRIBUTOR_ROLE = `(${zhAny(['通讯员', '实习生', '摄影'])})`;
const CONTRIBUTORS = new RegExp(`${CONTRIBUTOR_ROLE}\\s*[:：]?\\s*(\\p{Script=Han}{2,4}(?:[、，,\\s]+\\p{Script=Han}{2,4}(?=[\\s、，,]|$))*)`, 'gu');

/** The contributors a meta line names, as credits (通讯员 → 刘洋): the line may go, their names stay with the article. */
export function contributorCredits(text: string): Credit[] {
  return Array.from(text.matchAll(CONTRIBUTORS), (m) => ({ role: m[1]!, names: m[2]!.split(/[、，,\s]+/).filter(Boolean) }));
}

/** Keeps the contributors of a meta line that is removed (rules repeats-header-meta, closing-meta). */
export function keepContributors(line: LineView, ctx: ArticleContext): void {
  mergeCredits(ctx.credits, contributorCredits(line.text));
}
// "By Justine Coleman - 11/18/19 11:04 PM EST": capitalised names after By.
const BY_NAMES = /^[Bb]y\s+((?:[A-Z][\p{L}.'’-]*\s*){1,4}(?:(?:,|and|&)\s*(?:[A-Z][\p{L}.'’-]*\s*){1,4})*)/u;
const NOT_NAME = new RegExp(enAny(NOT_NAME_WORDS));
export const anyCase = (s: string): RegExp => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');

/** Names a "By …" line gives when the page named none elsewhere. */
export const byNames = (line: LineView, ctx: ArticleContext): string[] =>
  ctx.meta.byline.length ? [] : splitNames(BY_NAMES.exec(line.text)?.[1] ?? '').filter((n) => !NOT_NAME.test(n));

/** What is left of the line once dates, labels, names, source, site and page furniture are taken out. */
function rest(line: LineView, ctx: ArticleContext): string {
  const text = line.text;
  let left = withoutDates(text).replace(TIMES, ' ').replace(CONTRIBUTORS, ' ').replace(LABELS, ' ').replace(FURNITURE_WORDS, ' ');
  // Names in any case: the page's meta may say TOM KRISHER over "Tom Krisher, AP Auto Writer".
  const names = [...ctx.meta.byline, ...byNames(line, ctx)].filter((s) => s.length >= 2).map(anyCase);
  // A role counts only on a line that names the author ("Staff Writer" alone may head a column);
  // the names go first, so a role's paper name never takes half of one.
  const named = names.some((n) => n.test(left));
  for (const known of [...names, ...[ctx.meta.source, ctx.meta.siteName].filter((s) => s.length >= 2).map(anyCase)]) left = left.replace(known, ' ');
  if (named) left = left.replace(ROLES, ' ');
  return left;
}

/** Is the line nothing but dates, labels, names, source, site and page furniture? */
export function onlyMeta(line: LineView, ctx: ArticleContext): boolean {
  const left = rest(line, ctx);
  return left !== line.text && normKey(left).length <= 1;
}
