import { DuplicateIndex, leafBlocks, normKey, pruneEmptyAncestors } from './blocks';
import { removeNode, type Pass } from './context';

// Lines shorter than this may repeat legitimately (table cells, 图片, dates).
const MIN_KEY = 8;

/**
 * Removes paragraphs that repeat an earlier one in the article (exactly or with a few
 * garbled characters), for copies that are not in a container of their own. Table cells
 * are left alone: repeated values in a data table are data.
 */
export const dedupeParagraphs: Pass = {
  name: 'dedupe-paragraphs',
  run(ctx) {
    const index = new DuplicateIndex();
    leafBlocks(ctx.root).forEach((block, i) => {
      const key = normKey(block.textContent ?? '');
      if (key.length < MIN_KEY || block.closest('td, th')) {
        index.add(key, i);
        return;
      }
      if (index.check(key, i) === undefined) return;
      const parent = block.parentElement;
      removeNode(ctx, 'dedupe-paragraphs', 'repeats an earlier paragraph', block);
      pruneEmptyAncestors(parent, ctx.root);
    });
  },
};
