import { DuplicateIndex, leafBlocks, normKey, pruneEmptyAncestors } from './blocks';
import { removeNode, type Pass } from './context';

// Lines shorter than this may repeat legitimately (table cells, 图片, dates).
const MIN_KEY = 8;
// A repeat this long is a copy on its own; shorter repeats are copies only in a run of
// repeats (a body printed twice), never alone (a question asked of every interviewee).
const LONG_KEY = 50;

/**
 * Removes paragraphs that repeat an earlier one in the article (exactly or with a few
 * garbled characters), for copies that are not in a container of their own. Table cells
 * are left alone: repeated values in a data table are data.
 */
export const dedupeParagraphs: Pass = {
  name: 'dedupe-paragraphs',
  run(ctx) {
    const index = new DuplicateIndex();
    const blocks = leafBlocks(ctx.root);
    const keys = blocks.map((b) => normKey(b.textContent ?? ''));
    const repeats = blocks.map((block, i) => {
      const key = keys[i]!;
      if (key.length < MIN_KEY || block.closest('td, th')) {
        index.add(key, i);
        return false;
      }
      return index.check(key, i) !== undefined;
    });
    blocks.forEach((block, i) => {
      if (!repeats[i]) return;
      const inRun = repeats[i - 1] || repeats[i + 1];
      if (keys[i]!.length < LONG_KEY && !inRun) return;
      const parent = block.parentElement;
      removeNode(ctx, 'dedupe-paragraphs', 'repeats an earlier paragraph', block);
      pruneEmptyAncestors(parent, ctx.root);
    });
  },
};
