import { childElements } from './blocks';
import { blocks, removeNode, type PagePass } from './context';
import { DuplicateIndex, exactRepeats } from './duplicate-index';
import { seenRank, type Seen } from './visibility';

// A container is a copy when this share of its characters repeats text found outside it.
const COPY_SHARE = 0.8;
// A copy of the article is substantial: smaller containers (a question repeated in an
// interview, AEB wday.ru) are left to dedupe-paragraphs.
const MIN_COPY_CHARS = 150;
const MIN_COPY_BLOCKS = 2;
const WHY: Record<Seen, string> = {
  0: 'repeats the article text above it',
  1: 'sidebar copy of the article text',
  2: 'print or mobile copy of the article text',
  3: 'hidden copy of text shown elsewhere on the page',
};
// A copy repeats at least this many characters exactly (a garbled line or two aside): pages
// without that much are not compared line by line (the fuzzy comparison is most of this pass's cost).
const MIN_EXACT_REPEAT = 60;
// Lines of the kept copy remembered, so the pipeline can check that it reached the article.
const KEPT_SAMPLE = 3;

/**
 * Drops containers that repeat the article: print copies (#printContent), mobile copies
 * hidden by CSS, a sidebar's copy. Lines are compared fuzzily, so a copy with a garbled line
 * is still a copy. The copy a reader sees wins, whatever the order: the main column over a
 * sidebar, over a print or mobile copy, over a hidden one (hidden anywhere up the tree);
 * document order only breaks ties. (<noscript>, <template> and script text are never lines,
 * so their copies never compete.) Each removal remembers lines of the copy it kept: the
 * pipeline checks they reached the article (keep-article.ts). Fixtures: cn-jiaozuo-legacy
 * (print copy), cn-jiaozuo (mobile copy), unseen/hidden-desktop-first.
 */
export const dropDuplicateCopies: PagePass = {
  name: 'drop-duplicate-copies',
  phase: 'page',
  reads: ['marks.live'],
  writes: ['keptCopies'],
  runsOn: 'both',
  run(ctx) {
    const index = blocks(ctx);
    const lines = index.lines();
    if (lines.length < 2 * MIN_COPY_BLOCKS) return;
    const keys = lines.map((l) => l.key);
    if (exactRepeats(keys) < MIN_EXACT_REPEAT) return;
    const dup = new DuplicateIndex();
    // The lines each line repeats or is repeated by (one cluster per text).
    const cluster = keys.map((k, i) => dup.check(k, i) ?? i);
    for (let i = 0; i < cluster.length; i++) cluster[i] = cluster[cluster[i]!]!;
    const members = new Map<number, number[]>();
    cluster.forEach((c, i) => {
      const m = members.get(c);
      if (m) m.push(i);
      else members.set(c, [i]);
    });
    // A copy needs at least COPY_SHARE of MIN_COPY_CHARS repeated, and its twin as much again.
    let repeatedChars = 0;
    for (const m of members.values()) if (m.length > 1) for (const i of m) repeatedChars += keys[i]!.length;
    if (repeatedChars < 2 * COPY_SHARE * MIN_COPY_CHARS) return;
    const ranges = index.ranges();
    // How far each line is from what a reader sees: the farthest of its containers.
    const seen: Seen[] = lines.map(() => 0);
    const rankDown = (el: Element, above: Seen): void => {
      const range = ranges.get(el);
      if (!range) return;
      const r = Math.max(above, el === ctx.page ? 0 : seenRank(el, ctx.token)) as Seen;
      if (index.lineOf(el)) seen[range[0]] = r;
      for (const child of childElements(el)) rankDown(child, r);
    };
    rankDown(ctx.page, 0);
    const alive = lines.map(() => true);
    // j is the copy a reader should see rather than i.
    const better = (j: number, i: number): boolean => seen[j]! < seen[i]! || (seen[j] === seen[i] && j < i);

    const visit = (el: Element): void => {
      for (const child of childElements(el)) {
        const range = ranges.get(child);
        if (!range) continue;
        const [first, last] = range;
        let total = 0;
        let repeated = 0;
        const kept: number[] = [];
        for (let i = first; i <= last; i++) {
          const len = keys[i]!.length;
          total += len;
          const twin = members.get(cluster[i]!)!.find((j) => (j < first || j > last) && alive[j] && better(j, i));
          if (twin === undefined) continue;
          repeated += len;
          if (kept.length < KEPT_SAMPLE && len >= 20) kept.push(twin);
        }
        if (last - first + 1 >= MIN_COPY_BLOCKS && total >= MIN_COPY_CHARS && repeated >= COPY_SHARE * total) {
          const why = WHY[seen[first]!];
          removeNode(ctx, 'drop-duplicate-copies', `${why} (${repeated} of ${total} characters)`, child);
          (ctx.keptCopies ??= []).push({ removal: ctx.removals.length - 1, lines: kept.map((j) => lines[j]!.key) });
          alive.fill(false, first, last + 1);
          continue;
        }
        visit(child);
      }
    };
    visit(ctx.page);
  },
};
