import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureSlugs, goldenMetadata, goldenPaths, prettyHtml, readChecks, runFixture } from './helpers/fixtures';

const count = (hay: string, needle: string): number => hay.split(needle).length - 1;

describe.each(fixtureSlugs())('fixture %s', (slug) => {
  const checks = readChecks(slug);
  const article = runFixture(slug);

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

  it('matches its golden files (regenerate with npm run fixtures:update)', () => {
    const paths = goldenPaths(slug);
    expect(existsSync(paths.html) && existsSync(paths.metadata), `missing golden files for ${slug}: run npm run fixtures:update`).toBe(true);
    expect(prettyHtml(article.html)).toBe(readFileSync(paths.html, 'utf8'));
    expect(goldenMetadata(article)).toBe(readFileSync(paths.metadata, 'utf8'));
  });

  it('says why for every removal', () => {
    for (const r of article.removals) {
      expect(r.pass).toMatch(/^[a-z-]+$/);
      expect(r.reason.length).toBeGreaterThan(3);
    }
  });
});
