/**
 * Where Qingdu differs from the human truth on one corpus page:
 *   npx tsx bench/inspect.ts zh-cwced|aeb|rtp <id prefix>
 */
import { Readability } from '@mozilla/readability';
import { type CorpusName, loadCorpus } from './corpora';
import { extractFromHtml, parseHtml } from '../cli/extract-html';
const [corpus, prefix] = process.argv.slice(2);
const pages = (await loadCorpus(corpus as CorpusName))!;
const page = pages.find((p) => p.id.startsWith(prefix!))!;
const a = extractFromHtml(page.html, page.url);
const r = new Readability(parseHtml(page.html, page.url).window.document).parse();
const norm = (s: string) => s.replace(/\s+/g, '');
const truth = norm(page.truth ?? '');
const lines = (s: string) =>
  s
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
console.log('URL', page.url, 'title', a.title, '| isArticle', a.isArticle);
console.log('--- ours NOT in truth:');
for (const l of lines(a.text)) if (!truth.includes(norm(l).slice(0, 30))) console.log('  +', l.slice(0, 120));
const ours = norm(a.text);
console.log('--- truth lines missing from ours:');
for (const l of lines(page.truth ?? '')) if (norm(l).length > 4 && !ours.includes(norm(l).slice(0, 30))) console.log('  -', l.slice(0, 120));
console.log('--- removals:');
for (const x of a.removals) console.log('  ', x.pass, '|', x.reason, '|', x.text.slice(0, 80));
console.log('--- readability len', r?.textContent?.length, 'ours', a.text.length, 'truth', page.truth?.length);
