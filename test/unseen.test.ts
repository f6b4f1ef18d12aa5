import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../cli/extract-html';
import { expectChecks } from './helpers/fixtures';
import { score } from './helpers/score';
import { unseenPage, unseenSlugs } from './helpers/unseen';

// A clean article: nearly every word of the truth, nearly nothing else.
const MIN_F1 = 0.95;

describe.each(unseenSlugs())('unseen page %s', (slug) => {
  const { html, checks, truth } = unseenPage(slug);
  const article = extractFromHtml(html, checks.url);

  it('meets the hand-written checks', () => {
    expectChecks(article, checks);
  });

  it(`matches the truth decided before extracting (word 4-gram F1 ≥ ${MIN_F1})`, () => {
    const s = score(article.text, truth);
    expect(s.f1, `precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}`).toBeGreaterThanOrEqual(MIN_F1);
  });
});
