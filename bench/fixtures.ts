/**
 * npm run bench:fixtures — plain Readability and Qingdu on the project's own fixtures:
 * characters of text, paragraphs of the checks found once, noise left (credit lines /
 * disclaimers / prompts / duplicated lines), images, mojibake lines. One line per fixture.
 */
import { Readability } from '@mozilla/readability';
import { closeQuietly, extractFromHtml, parseHtml } from '../cli/extract-html';
import { mojibakeScore } from '../utils/extract/mojibake';
import { fixtureSlugs, readChecks, sourceHtml } from '../test/helpers/fixtures';
import { countNoise } from './noise';

const count = (hay: string, needle: string): number => hay.split(needle).length - 1;
const garbled = (text: string): number => text.split(/\n+/).filter((l) => l.trim() && mojibakeScore(l).garbled).length;

console.log('fixture                   | plain Readability: chars once c/d/p/dup img moji | Qingdu: chars once c/d/p/dup img moji credits');
for (const slug of fixtureSlugs()) {
  const checks = readChecks(slug);
  const html = sourceHtml(slug);
  const dom = parseHtml(html, checks.url);
  const r = new Readability(dom.window.document).parse();
  closeQuietly(dom);
  const q = extractFromHtml(html, checks.url);
  const plainText = r?.textContent ?? '';
  const plainImgs = (r?.content?.match(/<img/g) ?? []).length;
  const once = (t: string): string => `${(checks.once ?? []).filter((s) => count(t, s) === 1).length}/${(checks.once ?? []).length}`;
  const n = (t: string): string => Object.values(countNoise(t)).join('/');
  // Readability's textContent has no paragraph breaks; split on its block boundaries for the counts.
  const plainLines = (r?.content ?? '').replace(/<\/(p|div|td|li|h\d)>/g, '\n').replace(/<[^>]+>/g, '');
  console.log(
    `${slug.padEnd(26)}| ${String(plainText.length).padStart(5)} ${once(plainText).padStart(5)} ${n(plainLines).padStart(9)} ${String(plainImgs).padStart(3)} ${String(garbled(plainLines)).padStart(4)} | ${String(q.text.length).padStart(5)} ${once(q.text).padStart(5)} ${n(q.text).padStart(9)} ${String(q.images.length).padStart(3)} ${String(garbled(q.text)).padStart(4)} ${q.credits.map((c) => c.role).join('、')}`,
  );
}
