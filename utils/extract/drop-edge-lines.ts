import type { ArticlePass } from './context';
import { applyAtEdges } from './line-rules';
import { LINE_RULES } from './rules';

/**
 * The line rules for the lines opening and closing the article (rules/: header repeats,
 * author bios). After the passes that clear nav, prompts and promos off the top.
 */
export const dropEdgeLines: ArticlePass = {
  name: 'drop-edge-lines',
  phase: 'article',
  reads: ['meta', 'meta.byline'],
  writes: ['meta.byline', 'credits'],
  runsOn: 'both',
  run: (ctx) => applyAtEdges(ctx, LINE_RULES),
};
