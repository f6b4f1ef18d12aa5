import { childElements } from './blocks';
import { blocks, removeNode, type PagePass } from './context';
import { DuplicateIndex, exactRepeats, MIN_FUZZY } from './duplicate-index';
import { seenRank, type Seen } from './visibility';

// A container is a copy when this share of its characters repeats text found outside it…
const COPY_SHARE = 0.8;
// …or, when the copy is as visible as the text it repeats (both in the reading flow), this
// share: a real second printing repeats nearly all (the seed: all but one garbled line),
// while an article may reuse most of a paragraph's lines (rtp replace-brs: 80%).
const VISIBLE_COPY_SHARE = 0.9;
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
// A container whose exact twins take this share is compared fuzzily too.
const FUZZY_TRY = 0.5;
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
  risky: true,
  run(ctx) {
    const index = blocks(ctx);
    const lines = index.lines();
    if (lines.length < 2 * MIN_COPY_BLOCKS) return;
    const keys = lines.map((l) => l.key);
    if (exactRepeats(keys) < MIN_EXACT_REPEAT) return;
    // Twins: lines with the same text. Exact ones first; fuzzy ones (a garbled character or
    // two) are looked for only in a container that exact twins take at least halfway, since
    // comparing every long line fuzzily is most of this pass's cost on pages that repeat a menu.
    const exact = new Map<string, number[]>();
    keys.forEach((k, i) => {
      if (!k) return;
      const m = exact.get(k);
      if (m) m.push(i);
      else exact.set(k, [i]);
    });
    let fuzzy: number[][] | null = null;
    const fuzzyTwins = (i: number): number[] => {
      if (!fuzzy) {
        const dup = new DuplicateIndex();
        const cluster = keys.map((k, j) => dup.check(k, j) ?? j);
        for (let j = 0; j < cluster.length; j++) cluster[j] = cluster[cluster[j]!]!;
        const members = new Map<number, number[]>();
        cluster.forEach((c, j) => (members.get(c) ?? members.set(c, []).get(c)!).push(j));
        fuzzy = cluster.map((c) => members.get(c)!);
      }
      return fuzzy[i]!;
    };
    const ranges = index.ranges();
    // How far each line is from what a reader sees: the farthest of its containers (asked only of lines with twins).
    const rankOf = new Map<Element, Seen>();
    const rankUp = (el: Element): Seen => {
      if (el === ctx.page || !el.parentElement) return 0;
      let r = rankOf.get(el);
      if (r === undefined) rankOf.set(el, (r = Math.max(seenRank(el, ctx.token), rankUp(el.parentElement)) as Seen));
      return r;
    };
    const seen = (i: number): Seen => rankUp(lines[i]!.el);
    const alive = lines.map(() => true);
    // j is the copy a reader should see rather than i.
    const better = (j: number, i: number): boolean => seen(j) < seen(i) || (seen(j) === seen(i) && j < i);

    /** How much of lines first..last repeats text outside them that a reader should see rather than them. */
    const repeats = (first: number, last: number, twins: (i: number) => readonly number[] | undefined) => {
      let total = 0;
      let repeated = 0;
      // Characters of long lines without a twin here: all that fuzzy twins could add.
      let open = 0;
      const kept: number[] = [];
      for (let i = first; i <= last; i++) {
        const len = keys[i]!.length;
        total += len;
        const twin = twins(i)?.find((j) => (j < first || j > last) && alive[j] && better(j, i));
        if (twin === undefined) {
          if (len >= MIN_FUZZY) open += len;
          continue;
        }
        repeated += len;
        if (kept.length < KEPT_SAMPLE && len >= 20) kept.push(twin);
      }
      return { total, repeated, open, kept };
    };

    const visit = (el: Element): void => {
      for (const child of childElements(el)) {
        const range = ranges.get(child);
        if (!range) continue;
        const [first, last] = range;
        const byExact = repeats(first, last, (i) => exact.get(keys[i]!));
        const fuzzyCould =
          byExact.repeated < COPY_SHARE * byExact.total &&
          byExact.repeated >= FUZZY_TRY * byExact.total &&
          byExact.repeated + byExact.open >= COPY_SHARE * byExact.total;
        const { total, repeated, kept } = fuzzyCould ? repeats(first, last, fuzzyTwins) : byExact;
        const rank = seen(first);
        if (last - first + 1 >= MIN_COPY_BLOCKS && total >= MIN_COPY_CHARS && repeated >= (rank === 0 ? VISIBLE_COPY_SHARE : COPY_SHARE) * total) {
          const why = WHY[rank];
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
