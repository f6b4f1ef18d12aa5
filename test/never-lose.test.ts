import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../cli/extract-html';
import { BlockIndex } from '../utils/extract/block-index';
import type { Article } from '../utils/article';
import { dom } from './helpers/dom';
import { fixtureSlugs, readChecks, sourceHtml } from './helpers/fixtures';
import { covered } from './helpers/score';
import { unseenPage, unseenSlugs } from './helpers/unseen';

/** Everything Qingdu gives back: the article, and every removal's text (restorable ones whole), credits, header. */
function accounted(a: Article): string {
  const removed = a.removals.map((r) => (r.html ? dom(r.html).window.document.body.textContent : r.text));
  return [a.title, a.byline.join(' '), a.text, ...removed, ...a.credits.map((c) => `${c.role} ${c.names.join(' ')}`)].join('\n');
}

// Readability's body: its paragraphs (lines this long; dates, prompts and labels are not the
// body), on the same page. Qingdu must give back nearly all of it, in the article or recorded.
const PARAGRAPH = 40;
const MIN_KEPT = 0.95;

function readabilityBody(html: string, url: string): string[] {
  const content = new Readability(dom(html, url).window.document).parse()?.content ?? '';
  return new BlockIndex(dom(content).window.document.body)
    .lines()
    .map((l) => l.text)
    .filter((t) => t.length >= PARAGRAPH);
}

/** The share of the paragraphs' text found in `text`, paragraph by paragraph, weighed by length. */
function kept(text: string, paragraphs: string[]): number {
  const total = paragraphs.reduce((n, p) => n + p.length, 0);
  return total ? paragraphs.reduce((n, p) => n + covered(text, p) * p.length, 0) / total : 1;
}

describe('no output loses Readability’s body without a recorded reason', () => {
  const pages = [
    ...fixtureSlugs()
      .filter((s) => readChecks(s).isArticle)
      .map((s) => [s, sourceHtml(s), readChecks(s).url] as const),
    ...unseenSlugs().map((s) => {
      const p = unseenPage(s);
      return [`unseen/${s}`, p.html, p.checks.url] as const;
    }),
  ];
  it.each(pages)('%s', (_slug, html, url) => {
    const a = extractFromHtml(html, url);
    let body = readabilityBody(html, url);
    // A site rule that names the article's body says, with its reason, that the rest is not the article.
    const only = a.removals.find((r) => r.pass === 'apply-site-rules' && / was read$/.test(r.reason))?.reason.match(/\((.+)\) was read$/)?.[1];
    if (only) {
      const content = Array.from(dom(html, url).window.document.querySelectorAll(only), (el) => el.textContent ?? '')
        .join('\n')
        .replace(/\s+/g, '');
      body = body.filter((p) => content.includes(p.replace(/\s+/g, '')));
    }
    expect(kept(accounted(a), body)).toBeGreaterThanOrEqual(MIN_KEPT);
  });
});
