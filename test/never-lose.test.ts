import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../cli/extract-html';
import { fixtureSlugs, readChecks, sourceHtml } from './helpers/fixtures';
import { keptShare, MIN_KEPT } from './helpers/never-lose';
import { unseenPage, unseenSlugs } from './helpers/unseen';

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
    expect(keptShare(html, url, extractFromHtml(html, url))).toBeGreaterThanOrEqual(MIN_KEPT);
  });
});
