import { mergeCredits } from '../article';
import { leafBlocks, pruneEmptyAncestors, textOf } from './blocks';
import { removeNode, type Pass } from './context';
import { parseBracketedCredits, parseCreditLine } from './credit-grammar';

/**
 * Moves editor-credit lines (總值班, 統籌, 責編, 審核, 編輯, 校對 …) out of the body into
 * `credits`: researchers cite them, readers do not want them between paragraphs.
 */
export const extractCredits: Pass = {
  name: 'extract-credits',
  run(ctx) {
    for (const block of leafBlocks(ctx.root)) {
      const text = textOf(block);
      const credits = parseCreditLine(text) ?? parseBracketedCredits(text);
      if (!credits) continue;
      mergeCredits(ctx.credits, credits);
      const parent = block.parentElement;
      removeNode(ctx, 'extract-credits', `editor credit: ${credits.map((c) => c.role).join(', ')}`, block);
      pruneEmptyAncestors(parent, ctx.root);
    }
  },
};
