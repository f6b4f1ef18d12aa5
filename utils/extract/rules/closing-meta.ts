import type { EdgeRule } from '../line-rules';
import { keepContributors, onlyMeta } from '../meta-line';
import { zh } from '../zh';

const LIMITS = { maxChars: 80 };
// A time, a weekday or a source: what such a line closes with. A bare date closing a
// government document is its date of issue (fixture cn-gov-document), and a reporter line
// closing a Chinese article (（记者 孙悦）) is the article's: both stay.
const DATED_OR_SOURCED = new RegExp(`\\d{1,2}[:：时時]\\d{2}|${zh('星期').source}|${zh('来源').source}|\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b`, 'i');

/**
 * A line closing the article of nothing but its source, or a date with its time or weekday: 文章来源：星洲日报·2024.08.22
 * (unseen my-sinchew), 2024年6月18日（星期二） / 香港時間16時30分 under a Hong Kong release
 * (unseen hk-gov-release). The header shows them.
 */
export const closingMeta: EdgeRule = {
  id: 'closing-meta',
  kind: 'drop-header-repeats',
  where: 'tail',
  reason: 'repeats the date, byline or source shown in the header',
  limits: LIMITS,
  test: (line, ctx) =>
    line.text.length <= LIMITS.maxChars && DATED_OR_SOURCED.test(line.text) && !ctx.meta.byline.some((n) => line.text.includes(n)) && onlyMeta(line, ctx),
  onRemove: keepContributors,
};
