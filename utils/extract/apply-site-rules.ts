import { textOf } from './blocks';
import { removeNode, type PagePass } from './context';
import { firstMatch } from './query';
import { metaContent } from './meta/page';
import { hostname } from '../url';
import { SITE_RULES, type SiteRule } from './site-rules';

// A content element with less text than this is not trusted to be the whole article.
const MIN_CONTENT_CHARS = 100;
// Comments are looked through up to this many (Founder's <!--enpcontent--> sits early).
const MAX_COMMENTS = 500;

/** Does one of the page's first comments match? */
export function hasComment(doc: Document, pattern: RegExp): boolean {
  if (!doc.body) return false;
  const walker = doc.createTreeWalker(doc.body, 128 /* SHOW_COMMENT */);
  for (let n = walker.nextNode(), i = 0; n && i < MAX_COMMENTS; n = walker.nextNode(), i++) if (pattern.test(n.nodeValue ?? '')) return true;
  return false;
}

// Asked by the detector, then by this pass: each page's answers are kept (the page as first read).
const markers = new WeakMap<Document, Map<string, boolean>>();

/** Does the page carry the rule's marker (selector or comment)? */
export function hasMarker(doc: Document, r: SiteRule): boolean {
  let known = markers.get(doc);
  if (!known) markers.set(doc, (known = new Map<string, boolean>()));
  let has = known.get(r.id);
  if (has === undefined) {
    has = !!(r.when.selector && firstMatch(doc, r.when.selector)) || !!(r.when.comment && hasComment(doc, r.when.comment));
    known.set(r.id, has);
  }
  return has;
}

export function matchingRules(doc: Document, url: string): SiteRule[] {
  const host = hostname(url);
  const generator = metaContent(doc, 'generator');
  return SITE_RULES.filter(
    (r) => hasMarker(doc, r) || (generator && r.when.generator?.test(generator)) || (r.when.host && (host === r.when.host || host.endsWith('.' + r.when.host))),
  );
}

/**
 * Applies SITE_RULES: removes known noise, and when a rule names the body and it holds the
 * article, leaves Readability only the headline and that body to choose from
 * (`ctx.content`, which run-readability keeps).
 */
export const applySiteRules: PagePass = {
  name: 'apply-site-rules',
  phase: 'page',
  reads: ['content'],
  writes: ['content'],
  runsOn: 'both',
  risky: true,
  run(ctx) {
    for (const rule of matchingRules(ctx.doc, ctx.url)) {
      for (const r of rule.remove ?? []) {
        ctx.page.querySelectorAll(r.selector).forEach((el) => removeNode(ctx, 'apply-site-rules', `${rule.id}: ${r.reason}`, el));
      }
      if (!rule.content || ctx.content) continue;
      ctx.content = Array.from(ctx.page.querySelectorAll(rule.content)).find((el) => textOf(el).length >= MIN_CONTENT_CHARS);
      // Recorded: Readability will see only this body and the headline.
      if (ctx.content) ctx.removals.push({ pass: 'apply-site-rules', reason: `${rule.id}: only the article body (${rule.content}) was read`, text: '' });
    }
  },
};
