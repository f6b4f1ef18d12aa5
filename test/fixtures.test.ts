import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectChecks, fixtureSlugs, goldenMetadata, goldenPaths, prettyHtml, readChecks, runFixture } from './helpers/fixtures';

describe.each(fixtureSlugs())('fixture %s', (slug) => {
  const checks = readChecks(slug);
  const article = runFixture(slug);

  it('meets the hand-written checks', () => {
    expectChecks(article, checks);
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
