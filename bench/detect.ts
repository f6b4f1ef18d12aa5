/**
 * npm run bench:detect — is it an article? Qingdu's detector (utils/extract/detect.ts) beside
 * Readability's isProbablyReaderable, same pages, same run.
 *   Articles: every page of ../shared/corpora/aeb, the news pages of zh-cwced (its forum
 *   threads are reported apart: a thread is not a news article), our article fixtures.
 *   Non-articles: our own pages (test/page-shapes/non-articles.ts) and non-article fixtures.
 * Then the detector's cost in the real browser (Chromium, playwright-core) on corpus pages of
 * 80–120 KB: median over pages of the median of 20 runs each. Writes bench/results/detect.json.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import { mkdirSync, writeFileSync } from 'node:fs';
import { closeQuietly, parseHtml } from '../cli/extract-html';
import { detectArticle } from '../utils/extract/detect';
import { fixtureSlugs, readChecks, sourceHtml } from '../test/helpers/fixtures';
import { NON_ARTICLES } from '../test/page-shapes/non-articles';
import { chromiumMissing, launchChromium, scriptFor } from './chromium';
import { loadCorpus, type Page } from './corpora';

const FORUM = /^https?:\/\/bbs|dispbbs|forumthread|ShowAnnounce|readboardthread|archiver|\/bbs\/|message\/read/i;

interface Sample {
  set: string;
  id: string;
  url: string;
  html: string;
  article: boolean;
}
interface Outcome {
  qingdu: boolean;
  readability: boolean;
  ms: number;
}

const median = (xs: number[]): number => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : NaN);

function judge(s: Sample): Outcome {
  const dom = parseHtml(s.html, s.url);
  try {
    const doc = dom.window.document;
    const t = performance.now();
    const qingdu = detectArticle(doc, s.url).isArticle;
    const ms = performance.now() - t;
    return { qingdu, readability: isProbablyReaderable(doc), ms };
  } finally {
    closeQuietly(dom);
  }
}

async function samples(): Promise<{ list: Sample[]; corpusPages: Page[] }> {
  const list: Sample[] = [];
  const corpusPages: Page[] = [];
  const aeb = await loadCorpus('aeb');
  for (const p of aeb ?? []) list.push({ set: 'aeb articles', id: p.id, url: p.url, html: p.html, article: true });
  const zh = await loadCorpus('zh-cwced');
  for (const p of zh ?? []) {
    const forum = FORUM.test(p.url);
    list.push({ set: forum ? 'zh-cwced forum threads (not scored)' : 'zh-cwced news articles', id: p.id, url: p.url, html: p.html, article: true });
  }
  corpusPages.push(...(aeb ?? []), ...(zh ?? []));
  for (const slug of fixtureSlugs()) {
    const c = readChecks(slug);
    list.push({ set: c.isArticle ? 'own article fixtures' : 'own non-articles', id: slug, url: c.url, html: sourceHtml(slug), article: c.isArticle });
  }
  for (const p of NON_ARTICLES) list.push({ set: 'own non-articles', id: p.slug, url: p.url, html: p.html, article: false });
  return { list, corpusPages };
}

/** The detector's cost in Chromium, on pages of about 100 KB. */
async function browserCost(pages: Page[]): Promise<Record<string, unknown>> {
  const missing = chromiumMissing();
  if (missing) return { missing };
  const sized = pages.filter((p) => p.html.length >= 80_000 && p.html.length <= 120_000).slice(0, 15);
  if (!sized.length) return { missing: 'no corpus page of 80–120 KB (corpora missing?)' };
  const code = await scriptFor('utils/extract/detect.ts', 'QingduDetect');
  const browser = await launchChromium();
  const perPage: { id: string; kb: number; ms: number }[] = [];
  try {
    // Page scripts off (the corpora's scripts would reach for the network); ours is evaluated.
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    for (const p of sized) {
      await page.setContent(p.html, { waitUntil: 'domcontentloaded' });
      await page.evaluate(code);
      const ms = await page.evaluate((url) => {
        const detect = (globalThis as unknown as { QingduDetect: { detectArticle: (d: Document, u: string) => unknown } }).QingduDetect.detectArticle;
        const runs: number[] = [];
        for (let i = 0; i < 20; i++) {
          const t = performance.now();
          detect(document, url);
          runs.push(performance.now() - t);
        }
        return runs.sort((a, b) => a - b)[10]!;
      }, p.url);
      perPage.push({ id: p.id.slice(0, 12), kb: Math.round(p.html.length / 1024), ms: Math.round(ms * 100) / 100 });
    }
  } finally {
    await browser.close();
  }
  return { pages: perPage.length, median_ms: median(perPage.map((p) => p.ms)), max_ms: Math.max(...perPage.map((p) => p.ms)), per_page: perPage };
}

async function main(): Promise<void> {
  const { list, corpusPages } = await samples();
  const sets = new Map<string, { article: boolean; n: number; qingdu: number; readability: number; misses: string[]; rMisses: string[]; ms: number[] }>();
  for (const s of list) {
    const o = judge(s);
    const row = sets.get(s.set) ?? { article: s.article, n: 0, qingdu: 0, readability: 0, misses: [], rMisses: [], ms: [] };
    row.n++;
    // "Right": an article accepted, a non-article rejected.
    if (o.qingdu === s.article) row.qingdu++;
    else row.misses.push(s.id.slice(0, 24));
    if (o.readability === s.article) row.readability++;
    else row.rMisses.push(s.id.slice(0, 24));
    row.ms.push(o.ms);
    sets.set(s.set, row);
  }
  const pct = (a: number, n: number): string => (n ? `${((100 * a) / n).toFixed(1)}%` : '—');
  console.log('set                                   pages  Qingdu   isProbablyReaderable   detector ms median (jsdom)');
  const out: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, sets: {} };
  for (const [name, r] of sets) {
    console.log(`${name.padEnd(38)}${String(r.n).padStart(5)}  ${pct(r.qingdu, r.n).padEnd(9)}${pct(r.readability, r.n).padEnd(23)}${median(r.ms).toFixed(2)}`);
    if (r.misses.length) console.log(`  Qingdu wrong on: ${r.misses.join(', ')}`);
    (out.sets as Record<string, unknown>)[name] = {
      article: r.article,
      pages: r.n,
      qingdu_right: r.qingdu,
      readability_right: r.readability,
      qingdu_wrong: r.misses,
      readability_wrong: r.rMisses,
      ms_median_jsdom: median(r.ms),
    };
  }
  const scored = [...sets].filter(([name]) => !name.includes('not scored'));
  const total = (article: boolean, k: 'qingdu' | 'readability'): [number, number] =>
    scored.filter(([, r]) => r.article === article).reduce(([a, n], [, r]) => [a + r[k], n + r.n], [0, 0]);
  for (const article of [true, false]) {
    const [q, n] = total(article, 'qingdu');
    const [rd] = total(article, 'readability');
    const label = article ? 'articles detected' : 'non-articles rejected';
    console.log(`${label.padEnd(38)}${String(n).padStart(5)}  ${pct(q, n).padEnd(9)}${pct(rd, n)}   (target ${article ? '98' : '97'}%)`);
    out[article ? 'articles' : 'non_articles'] = { pages: n, qingdu: q / n, readability: rd / n };
  }
  const cost = await browserCost(corpusPages);
  out.browser = cost;
  if ('missing' in cost) console.log(`browser cost: not measured — ${String(cost.missing)}`);
  else
    console.log(
      `browser cost (Chromium, ${String(cost.pages)} pages of 80–120 KB): median ${String(cost.median_ms)} ms, max ${String(cost.max_ms)} ms (target ≤ 3 ms)`,
    );
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/detect.json', JSON.stringify(out, null, 2) + '\n');
  console.log('written: bench/results/detect.json');
}

await main();
