import { childElements, DuplicateIndex, leafBlocks, normKey } from './blocks';
import { removeNode, type Pass } from './context';
import { isHidden } from './drop-hidden';

// A container is a copy when this share of its characters repeats text found outside it.
const COPY_SHARE = 0.8;
// A copy of the article is substantial: smaller containers (a question repeated in an
// interview, AEB wday.ru) are left to dedupe-paragraphs.
const MIN_COPY_CHARS = 150;
const MIN_COPY_BLOCKS = 2;

/** For every element that holds blocks, the indexes of its first and last block (one walk). */
function blockRanges(root: Element, blocks: Element[]): Map<Element, [number, number]> {
  const position = new Map(blocks.map((b, i) => [b, i] as const));
  const ranges = new Map<Element, [number, number]>();
  const walk = (el: Element): [number, number] | undefined => {
    const own = position.get(el);
    let range: [number, number] | undefined = own === undefined ? undefined : [own, own];
    for (const child of childElements(el)) {
      const r = walk(child);
      if (r) range = range ? [Math.min(range[0], r[0]), Math.max(range[1], r[1])] : r;
    }
    if (range) ranges.set(el, range);
    return range;
  };
  walk(root);
  return ranges;
}

/**
 * Drops containers that repeat the article: print copies (#printContent), mobile copies
 * hidden by CSS, noscript copies. Lines are compared fuzzily, so a copy with a garbled line
 * is still a copy. The first complete copy wins, except that a hidden copy always loses to
 * a visible one. Fixtures: cn-jiaozuo-legacy (print copy), cn-jiaozuo (mobile copy).
 */
export const dropDuplicateCopies: Pass = {
  name: 'drop-duplicate-copies',
  run(ctx) {
    const blocks = leafBlocks(ctx.root);
    const keys = blocks.map((b) => normKey(b.textContent ?? ''));
    const index = new DuplicateIndex();
    // firstOf[i]: the earliest block that block i repeats (or i itself).
    const firstOf = keys.map((k, i) => index.check(k, i) ?? i);
    // laterOf[i]: some later block that repeats block i, for hidden copies placed first.
    const laterOf = new Map<number, number>();
    firstOf.forEach((f, i) => {
      if (f !== i && !laterOf.has(f)) laterOf.set(f, i);
    });
    const ranges = blockRanges(ctx.root, blocks);
    // A copy that was dropped is no longer an original for what follows.
    const alive = blocks.map(() => true);

    const visit = (el: Element): void => {
      for (const child of childElements(el)) {
        const range = ranges.get(child);
        if (!range) continue;
        const [first, last] = range;
        const hidden = isHidden(child);
        let total = 0;
        let repeated = 0;
        for (let i = first; i <= last; i++) {
          const len = keys[i]!.length;
          total += len;
          const later = laterOf.get(i);
          if ((firstOf[i]! < first && alive[firstOf[i]!]) || (hidden && later !== undefined && later > last && alive[later])) repeated += len;
        }
        if (last - first + 1 >= MIN_COPY_BLOCKS && total >= MIN_COPY_CHARS && repeated >= COPY_SHARE * total && child !== ctx.root) {
          const why = hidden ? 'hidden copy of text shown elsewhere on the page' : 'repeats the article text above it';
          removeNode(ctx, 'drop-duplicate-copies', `${why} (${repeated} of ${total} characters)`, child);
          alive.fill(false, first, last + 1);
          continue;
        }
        visit(child);
      }
    };
    visit(ctx.root);
  },
};
