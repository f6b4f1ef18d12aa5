import type { ArticlePass } from './context';
import { applyAnywhere } from './line-rules';
import { LINE_RULES } from './rules';

/** The line rules that hold anywhere (rules/: disclaimers, prompts, promos, related links, garbled lines), in one walk over the lines. */
export const dropLines: ArticlePass = {
  name: 'drop-lines',
  phase: 'article',
  reads: [],
  writes: [],
  runsOn: 'both',
  run: (ctx) => applyAnywhere(ctx, LINE_RULES),
};
