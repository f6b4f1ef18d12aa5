import { MEDIA_SELECTOR, leafBlocks, normKey, pruneEmptyAncestors, removeKeepingMarks } from './blocks';
import type { Pass } from './context';

const LEADING = /^[\s\u00a0\u3000]+/;

/**
 * Tidies text without changing words: drops the full-width indentation CMSs type before
 * paragraphs (the reader indents with CSS), collapses nbsp runs, and removes lines left
 * with nothing but separators (`|`). CJK/Latin spacing is left as the author wrote it.
 */
export const normalizeText: Pass = {
  name: 'normalize-text',
  run(ctx) {
    for (const block of leafBlocks(ctx.root)) {
      if (!normKey(block.textContent ?? '') && !block.querySelector(MEDIA_SELECTOR)) {
        const parent = block.parentElement;
        removeKeepingMarks(block);
        pruneEmptyAncestors(parent, ctx.root);
        continue;
      }
      if (block.closest('pre')) continue;
      const walker = ctx.doc.createTreeWalker(block, 4 /* SHOW_TEXT */);
      let first = true;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        let v = n.nodeValue ?? '';
        if (first && v.trim()) {
          v = v.replace(LEADING, '');
          first = false;
        }
        n.nodeValue = v.replace(/\u00a0{2,}/g, ' ');
      }
    }
  },
};
