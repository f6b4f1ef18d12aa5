import { normKey } from '../blocks';
import type { EdgeRule } from '../line-rules';
import { pathname } from '../../url';

const decoded = (part: string): string => {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
};
const LIMITS = { maxChars: 30 };

/** The site's section printed over the story: "Entertainment" on …/entertainment/2019/11/… (fixture en-local-news). */
export const repeatsSection: EdgeRule = {
  id: 'repeats-section',
  kind: 'drop-header-repeats',
  where: 'head',
  reason: 'repeats the section in the page address',
  limits: LIMITS,
  test: (line, ctx) =>
    line.text.length <= LIMITS.maxChars &&
    !!line.key &&
    pathname(ctx.url)
      .split('/')
      .slice(0, -1)
      .some((part) => normKey(decoded(part)) === line.key),
};
