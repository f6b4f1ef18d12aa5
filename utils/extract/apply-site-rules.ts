import { textOf } from './blocks';
import { removeNode, type Pass } from './context';
import { hostname } from '../url';
import { SITE_RULES, type SiteRule } from './site-rules';

// A content element with less text than this is not trusted to be the whole article.
const MIN_CONTENT_CHARS = 100;

/**
 * Does any selector of a list match? Simple `#id`, `.class` and `tag` parts use the DOM's
 * indexed look-ups (jsdom's selector engine walks the whole page per query); others query.
 */
export function anyMatch(doc: Document, selectors: string): boolean {
  return selectors.split(',').some((raw) => {
    const sel = raw.trim();
    if (/^#[\w-]+$/.test(sel)) return !!doc.getElementById(sel.slice(1));
    if (/^\.[\w-]+$/.test(sel)) return doc.getElementsByClassName(sel.slice(1)).length > 0;
    if (/^[a-z][\w-]*$/i.test(sel)) return doc.getElementsByTagName(sel).length > 0;
    return !!doc.querySelector(sel);
  });
}

export function matchingRules(doc: Document, url: string): SiteRule[] {
  const host = hostname(url);
  const hostRule = SITE_RULES.some((r) => r.when.host && (host === r.when.host || host.endsWith('.' + r.when.host)));
  return SITE_RULES.filter(
    (r) => (r.when.selector && anyMatch(doc, r.when.selector)) || (hostRule && r.when.host && (host === r.when.host || host.endsWith('.' + r.when.host))),
  );
}

/**
 * Applies SITE_RULES: removes known noise, and when a rule names the body and it holds the
 * article, leaves Readability only the headline and that body to choose from (marked
 * `data-qd-content`; run-readability keeps the marked element).
 */
export const applySiteRules: Pass = {
  name: 'apply-site-rules',
  run(ctx) {
    for (const rule of matchingRules(ctx.doc, ctx.url)) {
      for (const r of rule.remove ?? []) {
        ctx.root.querySelectorAll(r.selector).forEach((el) => removeNode(ctx, 'apply-site-rules', `${rule.id}: ${r.reason}`, el));
      }
      if (!rule.content || ctx.root.querySelector('[data-qd-content]')) continue;
      const body = Array.from(ctx.root.querySelectorAll(rule.content)).find((el) => textOf(el).length >= MIN_CONTENT_CHARS);
      if (body) body.setAttribute('data-qd-content', rule.id);
    }
  },
};
