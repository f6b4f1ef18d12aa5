import { pruneEmptyAncestors } from './blocks';
import { blocks, removeNode, type ArticlePass } from './context';
import { DuplicateIndex, exactRepeats } from './duplicate-index';

// Lines shorter than this may repeat legitimately (table cells, 图片, dates).
const MIN_KEY = 8;
// A repeat is a copy only as part of a copied sequence: consecutive lines repeating
// consecutive lines, as when a body is printed twice (fixture dedupe-flat-copy). Lines that
// recur in a structure (one recipe in six meal plans, AEB beachbody) or a paragraph an
// author repeats (Readability's test pages) are content.
const MIN_RUN = 3;
const MIN_RUN_CHARS = 120;
// …and a sizeable part of the article: a body printed twice is half of it, while the day
// plans of a meal plan (AEB beachbody) repeat a few lines each.
const MIN_RUN_SHARE = 0.15;
const EXACT_SHARE = 0.4;

/**
 * Removes paragraphs that repeat earlier ones in the article (exactly, or fuzzily when
 * long), for copies that are not in a container of their own. Table cells are left alone:
 * repeated values in a data table are data.
 */
export const dedupeParagraphs: ArticlePass = {
  name: 'dedupe-paragraphs',
  phase: 'article',
  reads: [],
  writes: [],
  runsOn: 'both',
  run(ctx) {
    const lines = blocks(ctx).lines();
    const keys = lines.map((l) => l.key);
    const minChars = Math.max(MIN_RUN_CHARS, MIN_RUN_SHARE * keys.reduce((n, k) => n + k.length, 0));
    // A copied run repeats most of itself exactly (one garbled line aside): without that much, nothing to compare.
    if (exactRepeats(keys, MIN_KEY) < EXACT_SHARE * minChars) return;
    const index = new DuplicateIndex();
    const original = lines.map((line, i) => {
      const key = keys[i]!;
      if (key.length < MIN_KEY || line.el.closest('td, th')) {
        index.add(key, i);
        return undefined;
      }
      return index.check(key, i);
    });
    const copies: number[] = [];
    for (let i = 0; i < lines.length;) {
      if (original[i] === undefined) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < lines.length && original[end] !== undefined && original[end] === original[end - 1]! + 1) end++;
      const chars = keys.slice(i, end).reduce((n, k) => n + k.length, 0);
      if (end - i >= MIN_RUN && chars >= minChars) for (let j = i; j < end; j++) copies.push(j);
      i = end;
    }
    for (const i of copies) {
      const el = lines[i]!.el;
      const parent = el.parentElement;
      removeNode(ctx, 'dedupe-paragraphs', 'repeats an earlier paragraph', el);
      pruneEmptyAncestors(parent, ctx.article);
    }
  },
};
