import { leafBlocks, pruneEmptyAncestors, textOf } from './blocks';
import { removeNode, type Pass } from './context';

// Only the last few lines: a bio closes the article.
const TAIL_LINES = 4;
const MAX_BIO = 400;
const BIO_VERB = /^\s*(?:is an?|is the|joined|covers|writes|has (?:been|covered|written)|reports on)\b/;

/**
 * Removes the author's bio that closes an article: "Phil Helsel is a reporter for NBC News.",
 * "Zac covers Apple news for 9to5Mac…". Only a line that starts with a name of the byline
 * (whole, first or last) and a bio verb; "Emirates is the number one buyer…" stays.
 */
export const dropAuthorBio: Pass = {
  name: 'drop-author-bio',
  run(ctx) {
    const names = ctx.meta.byline.flatMap((n) => {
      const parts = n.split(/\s+/).filter((p) => p.length >= 2);
      return parts.length > 1 ? [n, parts[0]!, parts[parts.length - 1]!] : [n];
    });
    if (!names.length) return;
    for (const block of leafBlocks(ctx.root).slice(-TAIL_LINES)) {
      const text = textOf(block);
      if (text.length > MAX_BIO) continue;
      const name = names.find((n) => text.startsWith(n) && BIO_VERB.test(text.slice(n.length)));
      if (!name) continue;
      const parent = block.parentElement;
      removeNode(ctx, 'drop-author-bio', 'the author’s bio', block);
      pruneEmptyAncestors(parent, ctx.root);
    }
  },
};
