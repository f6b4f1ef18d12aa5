import type { EdgeRule } from '../line-rules';
import { normKey } from '../blocks';

/** The headline printed again over the story (fixtures hk-news, en-news). */
export const repeatsHeadline: EdgeRule = {
  id: 'repeats-headline',
  kind: 'drop-header-repeats',
  where: 'head',
  reason: 'repeats the headline',
  test: (line, ctx) => !!line.key && line.key === normKey(ctx.meta.title),
};
