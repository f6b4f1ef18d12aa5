import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../cli/extract-html';
import { score } from './helpers/score';
import { unseenPage, unseenSlugs } from './helpers/unseen';

const count = (hay: string, needle: string): number => hay.split(needle).length - 1;
// A clean article: nearly every word of the truth, nearly nothing else.
const MIN_F1 = 0.95;

describe.each(unseenSlugs())('unseen page %s', (slug) => {
  const { html, checks, truth } = unseenPage(slug);
  const article = extractFromHtml(html, checks.url);

  it('meets the hand-written checks', () => {
    expect(article.isArticle, article.reason).toBe(checks.isArticle);
    for (const key of ['title', 'byline', 'publishedTime', 'siteName', 'source', 'lang', 'script'] as const) {
      if (checks[key] !== undefined) expect(article[key], key).toEqual(checks[key]);
    }
    if (checks.credits) expect(article.credits.map((c) => [c.role, c.names])).toEqual(checks.credits);
    for (const s of checks.once ?? []) expect(count(article.text, s), `once: ${s}`).toBe(1);
    for (const s of checks.present ?? []) expect(article.html, `present: ${s}`).toContain(s);
    for (const s of checks.absent ?? []) {
      expect(article.text, `absent from text: ${s}`).not.toContain(s);
      expect(article.html, `absent from html: ${s}`).not.toContain(s);
    }
    if (checks.images !== undefined) expect(article.images).toHaveLength(checks.images);
  });

  it(`matches the truth decided before extracting (word 4-gram F1 ≥ ${MIN_F1})`, () => {
    const s = score(article.text, truth);
    expect(s.f1, `precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}`).toBeGreaterThanOrEqual(MIN_F1);
  });
});
