/**
 * Regenerates the golden files of every fixture (or of the slugs given):
 *   npm run fixtures:update [-- slug ...]
 * Review the diff before committing; tests never write goldens.
 */
import { writeFileSync } from 'node:fs';
import { fixtureSlugs, goldenMetadata, goldenPaths, prettyHtml, runFixture } from '../test/helpers/fixtures';

const wanted = process.argv.slice(2);
for (const slug of fixtureSlugs().filter((s) => !wanted.length || wanted.includes(s))) {
  const article = runFixture(slug);
  const paths = goldenPaths(slug);
  writeFileSync(paths.html, prettyHtml(article.html));
  writeFileSync(paths.metadata, goldenMetadata(article));
  console.log(`${slug}: ${article.isArticle ? 'article' : 'not an article'}, ${article.text.length} chars, ${article.removals.length} removals`);
}
