import { textOf } from './blocks';
import { removeNode, type Pass } from './context';
import { firstMatch } from './query';
import { metaContent } from './meta/page';
import { hostname } from '../url';
import { SITE_RULES, type SiteRule } from './site-rules';

// A content element with less text than this is not trusted to be the whole article.
const MIN_CONTENT_CHARS = 100;

export function matchingRules(doc: Document, url: string): SiteRule[] {
  const host = hostname(url);
  const hostRule = SITE_RULES.some((r) => r.when.host && (host === r.when.host || host.endsWith('.' + r.when.host)));
  const generator = metaContent(doc, 'generator');
  return SITE_RULES.filter(
    (r) =>
      (r.when.selector && firstMatch(doc, r.when.selector)) ||
      (generator && r.when.generator?.test(generator)) ||
      (hostRule && r.when.host && (host === r.when.host || host.endsWith('.' + r.when.host))),
  );
}

/**
 * Applies SITE_RULES: removes known noise, and when a rule names the body and it holds the
 * article, leaves Readability only the headline and that body to choose from
 * (`ctx.content`, which run-readability keeps).
 */
export const applySiteRules: Pass = {
  name: 'apply-site-rules',
  run(ctx) {
    for (const rule of matchingRules(ctx.doc, ctx.url)) {
      for (const r of rule.remove ?? []) {
        ctx.root.querySelectorAll(r.selector).forEach((el) => removeNode(ctx, 'apply-site-rules', `${rule.id}: ${r.reason}`, el));
      }
      if (!rule.content || ctx.content) continue;
      ctx.content = Array.from(ctx.root.querySelectorAll(rule.content)).find((el) => textOf(el).length >= MIN_CONTENT_CHARS);
    }
  },
};
