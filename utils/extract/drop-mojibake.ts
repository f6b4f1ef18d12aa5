import { leafBlocks, pruneEmptyAncestors, textOf } from './blocks';
import { removeNode, type Pass } from './context';
import { mojibakeScore } from './mojibake';

/** Removes lines garbled by a wrong charset (fixture cn-jiaozuo-legacy: `!Γ簞ⅰ∮ |`). */
export const dropMojibake: Pass = {
  name: 'drop-mojibake',
  run(ctx) {
    for (const block of leafBlocks(ctx.root)) {
      const score = mojibakeScore(textOf(block));
      if (!score.garbled) continue;
      const parent = block.parentElement;
      removeNode(ctx, 'drop-mojibake', `garbled text (${score.weight.toFixed(1)} of ${score.counted} characters look mis-decoded)`, block);
      pruneEmptyAncestors(parent, ctx.root);
    }
  },
};
