import { mergeCredits } from '../article';
import { pruneEmptyAncestors } from './blocks';
import { blocks, removeNode, type PagePass } from './context';
import { parseBracketedCredits, parseCreditLine } from './credit-grammar';

/**
 * Moves editor-credit lines (總值班, 統籌, 責編, 審核, 編輯, 校對 …) out of the body into
 * `credits`: researchers cite them, readers do not want them between paragraphs. Read on the
 * whole page: credit tables often sit beside the body Readability picks (fixture cn-jiaozuo).
 */
export const extractCredits: PagePass = {
  name: 'extract-credits',
  phase: 'page',
  reads: [],
  writes: ['credits'],
  runsOn: 'both',
  run(ctx) {
    for (const line of blocks(ctx).lines()) {
      if (line.dead) continue;
      const credits = parseCreditLine(line.text) ?? parseBracketedCredits(line.text);
      if (!credits) continue;
      mergeCredits(ctx.credits, credits);
      const parent = line.el.parentElement;
      removeNode(ctx, 'extract-credits', `editor credit: ${credits.map((c) => c.role).join(', ')}`, line.el);
      pruneEmptyAncestors(parent, ctx.page);
    }
  },
};
