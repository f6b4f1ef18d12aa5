import type { EdgeRule } from '../line-rules';
import { anyCase, byNames, keepContributors, onlyMeta } from '../meta-line';

/**
 * A line of nothing but the date, byline, source and their labels (and a page's font-size or
 * print switch beside them), which the view shows in its header (fixtures tw-cna,
 * en-wire-header). A "By …" line names the authors when the page named none elsewhere.
 */
const LIMITS = { maxChars: 80 };

export const repeatsHeaderMeta: EdgeRule = {
  id: 'repeats-header-meta',
  kind: 'drop-header-repeats',
  where: 'head',
  reason: 'repeats the date, byline or source shown in the header',
  limits: LIMITS,
  test: (line, ctx) => line.text.length <= LIMITS.maxChars && onlyMeta(line, ctx),
  onRemove(line, ctx) {
    keepContributors(line, ctx);
    const by = byNames(line, ctx);
    if (by.length) ctx.meta.byline = by;
    // The line writes the names as people do where the meta shouts them (TOM KRISHER).
    ctx.meta.byline = ctx.meta.byline.map((n) => (n === n.toUpperCase() ? (anyCase(n).exec(line.text)?.[0] ?? n) : n));
  },
};
