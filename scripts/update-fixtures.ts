/**
 * Regenerates the golden files of every fixture (or of the slugs given):
 *   npm run fixtures:update [-- slug ...]
 * Review the diff before committing; tests never write goldens.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLIP_FIXTURES, clipDir, fixtureClips, fixtureSlugs, goldenMetadata, goldenPaths, prettyHtml, runFixture } from '../test/helpers/fixtures';

const wanted = process.argv.slice(2);
for (const slug of fixtureSlugs().filter((s) => !wanted.length || wanted.includes(s))) {
  const article = runFixture(slug);
  const paths = goldenPaths(slug);
  writeFileSync(paths.html, prettyHtml(article.html));
  writeFileSync(paths.metadata, goldenMetadata(article));
  console.log(`${slug}: ${article.isArticle ? 'article' : 'not an article'}, ${article.text.length} chars, ${article.removals.length} removals`);
}

// Clips in every format, for the fixtures that have them.
for (const slug of CLIP_FIXTURES.filter((s) => !wanted.length || wanted.includes(s))) {
  mkdirSync(clipDir(slug), { recursive: true });
  for (const [name, content] of Object.entries(await fixtureClips(slug))) writeFileSync(join(clipDir(slug), name), content);
  console.log(`${slug}: clips written`);
}
