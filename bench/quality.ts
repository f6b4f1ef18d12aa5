/**
 * npm run bench:quality — plain @mozilla/readability 0.6.0 and Qingdu's pipeline (the code
 * the command line runs) over the shared corpora, in one process and one run, scored with
 * ../shared/bench/score.mjs. Times both in jsdom (that run) and in Chromium (the same pages,
 * bench/browser-times.ts). Prints a table per corpus and writes bench/results/quality.json.
 *
 *   npm run bench:quality [-- --corpus aeb|zh-cwced|rtp] [-- --pages N] [-- --jsdom-only]
 * (--jsdom-only skips the Chromium timings: quicker, for trying a change)
 */
import { Readability } from '@mozilla/readability';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { closeQuietly, parseHtml } from '../cli/extract-html';
import { extractArticle } from '../utils/extract';
import { splitNames } from '../utils/extract/meta/byline';
import { toIso } from '../utils/extract/meta/date';
import { browserTimes } from './browser-times';
import { CORPORA, loadCorpus, sharedModule, type CorpusName, type Page } from './corpora';
import { keptShare, MIN_KEPT } from '../test/helpers/never-lose';
import { countNoise, type Noise } from './noise';

interface Score {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  perPage: Record<string, { precision: number; recall: number; f1: number }>;
}
interface ScoreModule {
  evaluate(g: Record<string, { articleBody: string }>, p: Record<string, { articleBody: string }>, o: object): Score;
  tokenizeWord: (s: string) => string[];
  tokenizeCJK: (s: string) => string[];
}
interface Row {
  f1: number;
  precision: number;
  recall: number;
  exact: number;
  noise: Noise;
  ms_median: number;
  ms_p95: number;
  date_accuracy?: number;
  author_accuracy?: number;
}
interface PageDiff {
  id: string;
  readability: number;
  qingdu: number;
}
interface CorpusResult {
  pages: number;
  readability: Row;
  qingdu: Row;
  time_ratio_median: number;
  time_ratio_of_medians: number;
  /** Qingdu's steps in jsdom: the median over pages of each step's time, largest first. */
  qingdu_steps_ms_median: Record<string, number>;
  /** Pages where Qingdu gives back less than MIN_KEPT of Readability's paragraphs. */
  lost: string[];
  /** Pages where Qingdu ran again cleaning less to keep the article. */
  retried: string[];
  /** zh-cwced without the pages whose truth is an artefact. */
  sound?: { pages: number; readability: number; qingdu: number };
  worse: PageDiff[];
  recall_drops: PageDiff[];
  chromium?: ChromiumTimes | { missing: string };
}
interface ChromiumTimes {
  readability_ms_median: number;
  qingdu_ms_median: number;
  readability_ms_p95: number;
  qingdu_ms_p95: number;
  time_ratio_median: number;
  time_ratio_of_medians: number;
  /** Qingdu's steps in Chromium: the median over pages of each step's time, largest first. */
  qingdu_steps_ms_median: Record<string, number>;
}
interface Run {
  text: string;
  /** The text split into paragraphs, for counting noise line by line. */
  lines: string;
  ms: number;
  byline: string[];
  date: string | null;
  /** Qingdu's time by step (its own timings). */
  steps?: Record<string, number>;
  /** Qingdu: the share of Readability's paragraphs it gives back (test/helpers/never-lose.ts). */
  kept?: number;
  /** Qingdu ran again cleaning less to keep the article. */
  retried?: boolean;
}

/** Pages whose truth is an artefact of the corpus (last note of the extraction-quality issue): reported apart. */
const ZH_ARTEFACTS = ['59562291', '8f1cdd94', '386d70f8', 'd8d4c4ec'];

const now = (): number => performance.now();

function plainReadability(page: Page): Run {
  const dom = parseHtml(page.html, page.url);
  const t = now();
  const r = new Readability(dom.window.document).parse();
  const ms = now() - t;
  closeQuietly(dom);
  // Readability's textContent has no paragraph breaks: count noise on its blocks instead.
  const lines = (r?.content ?? '').replace(/<\/(p|div|td|th|li|h\d|blockquote|pre|figcaption)>|<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, '');
  return {
    text: r?.textContent ?? '',
    lines,
    ms,
    byline: r?.byline ? splitNames(r.byline) : [],
    date: r?.publishedTime ? toIso(r.publishedTime, '+08:00') : null,
  };
}

function qingdu(page: Page): Run {
  const dom = parseHtml(page.html, page.url);
  const t = now();
  let second: ReturnType<typeof parseHtml> | undefined;
  const again = (): Document => (second = parseHtml(page.html, page.url)).window.document;
  const a = extractArticle(dom.window.document, page.url, { window: dom.window as unknown as Window, again });
  const ms = now() - t;
  closeQuietly(dom);
  if (second) closeQuietly(second);
  return {
    text: a.text,
    lines: a.text,
    ms,
    byline: a.byline,
    date: a.publishedTime,
    steps: a.timings,
    kept: keptShare(page.html, page.url, a),
    retried: !!a.cleanedLess,
  };
}

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};
const sumNoise = (ns: Noise[]): Noise =>
  ns.reduce(
    (a, n) => ({
      credits: a.credits + n.credits,
      disclaimers: a.disclaimers + n.disclaimers,
      prompts: a.prompts + n.prompts,
      duplicates: a.duplicates + n.duplicates,
    }),
    { credits: 0, disclaimers: 0, prompts: 0, duplicates: 0 },
  );

/** zh-cwced's human date and author files. */
function zhTruth(id: string): { date: string | null; authors: string[] | null } {
  const read = (kind: string): string | null => {
    const f = `${CORPORA}/zh-cwced/${kind}/${id}.txt`;
    if (!existsSync(f)) return null;
    const v = readFileSync(f, 'utf8').trim();
    return !v || /^UNKNOWN/i.test(v) ? null : v;
  };
  const date = read('date');
  const author = read('author');
  // The human dates are written 2005-3-11 12:12, 2003-5 or 2018: compared as far as they go.
  const ymd = date && /^(\d{4})(?:[-/.年](\d{1,2}))?(?:[-/.月](\d{1,2}))?/.exec(date);
  const day = ymd ? [ymd[1], ymd[2]?.padStart(2, '0'), ymd[3]?.padStart(2, '0')].filter(Boolean).join('-') : null;
  return { date: day, authors: author ? author.split(/\s+/) : null };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { corpus: { type: 'string', multiple: true }, pages: { type: 'string' }, 'jsdom-only': { type: 'boolean' } } });
  const score = await sharedModule<ScoreModule>('score.mjs');
  if (!score) {
    console.log('bench:quality: ../shared/bench/score.mjs is MISSING; nothing measured.');
    return;
  }
  const corpora = (values.corpus ?? ['zh-cwced', 'aeb', 'rtp', 'unseen']) as CorpusName[];
  const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };

  for (const name of corpora) {
    let pages = await loadCorpus(name);
    if (!pages) {
      results[name] = { missing: true };
      continue;
    }
    if (values.pages) pages = pages.slice(0, Number(values.pages));
    const tokenize = name === 'zh-cwced' || name === 'unseen' ? score.tokenizeCJK : score.tokenizeWord;
    const truth: Record<string, { articleBody: string }> = {};
    const pred = { readability: {} as Record<string, { articleBody: string }>, qingdu: {} as Record<string, { articleBody: string }> };
    const ms = { readability: [] as number[], qingdu: [] as number[] };
    const noise = { readability: [] as Noise[], qingdu: [] as Noise[] };
    const steps: Record<string, number>[] = [];
    const lost: string[] = [];
    const retried: string[] = [];
    const meta = { readability: { date: 0, author: 0 }, qingdu: { date: 0, author: 0 }, dates: 0, authors: 0 };
    // Warm up both once, so the first page's JIT cost is nobody's.
    plainReadability(pages[0]!);
    qingdu(pages[0]!);
    for (const page of pages) {
      truth[page.id] = { articleBody: page.truth ?? '' };
      const runs = { readability: plainReadability(page), qingdu: qingdu(page) };
      steps.push(runs.qingdu.steps ?? {});
      if ((runs.qingdu.kept ?? 1) < MIN_KEPT) lost.push(page.id);
      if (runs.qingdu.retried) retried.push(page.id);
      for (const k of ['readability', 'qingdu'] as const) {
        pred[k][page.id] = { articleBody: runs[k].text };
        ms[k].push(runs[k].ms);
        noise[k].push(countNoise(runs[k].lines));
      }
      if (name === 'zh-cwced') {
        const t = zhTruth(page.id);
        if (t.date) meta.dates++;
        if (t.authors) meta.authors++;
        for (const k of ['readability', 'qingdu'] as const) {
          if (t.date && runs[k].date?.startsWith(t.date)) meta[k].date++;
          if (t.authors && [...runs[k].byline].sort().join(' ') === [...t.authors].sort().join(' ')) meta[k].author++;
        }
      }
    }
    const s = {
      readability: score.evaluate(truth, pred.readability, { tokenize, nBootstrap: 200 }),
      qingdu: score.evaluate(truth, pred.qingdu, { tokenize, nBootstrap: 200 }),
    };
    const ids = Object.keys(truth);
    const worse = ids.filter((id) => s.qingdu.perPage[id]!.f1 < s.readability.perPage[id]!.f1 - 0.01);
    const recallDrops = ids.filter((id) => s.qingdu.perPage[id]!.recall < s.readability.perPage[id]!.recall - 0.05);
    const ratios = ids.map((_, i) => ms.qingdu[i]! / Math.max(ms.readability[i]!, 0.01));
    const row = (k: 'readability' | 'qingdu'): Row => ({
      f1: s[k].f1,
      precision: s[k].precision,
      recall: s[k].recall,
      exact: s[k].accuracy,
      noise: sumNoise(noise[k]),
      ms_median: quantile(ms[k], 0.5),
      ms_p95: quantile(ms[k], 0.95),
      ...(name === 'zh-cwced' ? { date_accuracy: meta[k].date / meta.dates, author_accuracy: meta[k].author / meta.authors } : {}),
    });
    const out: CorpusResult & Record<string, unknown> = {
      pages: ids.length,
      readability: row('readability'),
      qingdu: row('qingdu'),
      time_ratio_median: quantile(ratios, 0.5),
      time_ratio_of_medians: quantile(ms.qingdu, 0.5) / quantile(ms.readability, 0.5),
      qingdu_steps_ms_median: stepMedians(steps),
      lost: lost.map((id) => id.slice(0, 12)),
      retried: retried.map((id) => id.slice(0, 12)),
      ...(name === 'zh-cwced' ? { sound: soundSubset(score, truth, pred, tokenize) } : {}),
      worse: worse.map((id) => ({ id, readability: round(s.readability.perPage[id]!.f1), qingdu: round(s.qingdu.perPage[id]!.f1) })),
      recall_drops: recallDrops.map((id) => ({ id, readability: round(s.readability.perPage[id]!.recall), qingdu: round(s.qingdu.perPage[id]!.recall) })),
      ...(name === 'zh-cwced' ? { pages_with_date: meta.dates, pages_with_author: meta.authors } : {}),
      // Every page's precision / recall / F1, Readability then Qingdu: where to look next.
      per_page: Object.fromEntries(
        ids.map((id) => [
          id,
          (['readability', 'qingdu'] as const).map((k) => [s[k].perPage[id]!.precision, s[k].perPage[id]!.recall, s[k].perPage[id]!.f1].map(round)),
        ]),
      ),
    };
    // The same pages in Chromium, where the extension runs them.
    const inBrowser = values['jsdom-only'] ? { missing: 'skipped (--jsdom-only)' } : await browserTimes(pages);
    if ('missing' in inBrowser) out.chromium = inBrowser;
    else {
      const perPage = inBrowser.qingdu.map((q, i) => q / Math.max(inBrowser.readability[i]!, 0.01));
      out.chromium = {
        readability_ms_median: quantile(inBrowser.readability, 0.5),
        qingdu_ms_median: quantile(inBrowser.qingdu, 0.5),
        readability_ms_p95: quantile(inBrowser.readability, 0.95),
        qingdu_ms_p95: quantile(inBrowser.qingdu, 0.95),
        time_ratio_median: quantile(perPage, 0.5),
        time_ratio_of_medians: quantile(inBrowser.qingdu, 0.5) / quantile(inBrowser.readability, 0.5),
        qingdu_steps_ms_median: stepMedians(inBrowser.steps),
      };
    }
    results[name] = out;
    print(name, out);
  }
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/quality.json', JSON.stringify(results, null, 2) + '\n');
  console.log('\nwritten: bench/results/quality.json');
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

type Preds = Record<string, { articleBody: string }>;
/** F1 of both extractors on zh-cwced's pages whose truth is sound (ZH_ARTEFACTS left out). */
function soundSubset(score: ScoreModule, truth: Preds, pred: { readability: Preds; qingdu: Preds }, tokenize: (s: string) => string[]) {
  const ids = Object.keys(truth).filter((id) => !ZH_ARTEFACTS.some((a) => id.startsWith(a)));
  const pick = (m: Preds): Preds => Object.fromEntries(ids.map((id) => [id, m[id]!]));
  const f1 = (m: Preds): number => round(score.evaluate(pick(truth), pick(m), { tokenize, nBootstrap: 50 }).f1);
  return { pages: ids.length, readability: f1(pred.readability), qingdu: f1(pred.qingdu) };
}

/** The median over pages of each step's time, largest first. */
function stepMedians(steps: Record<string, number>[]): Record<string, number> {
  const keys = [...new Set(steps.flatMap((s) => Object.keys(s)))];
  return Object.fromEntries(
    keys
      .map(
        (k) =>
          [
            k,
            round(
              quantile(
                steps.map((s) => s[k] ?? 0),
                0.5,
              ),
            ),
          ] as const,
      )
      .sort((a, b) => b[1] - a[1]),
  );
}
const stepLine = (steps: Record<string, number>): string =>
  Object.entries(steps)
    .filter(([k, v]) => v >= 0.1 && k !== 'total')
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');

function print(name: string, o: CorpusResult): void {
  const f = (x: number | undefined): string => (x === undefined ? '' : x.toFixed(3));
  const r = o.readability;
  const q = o.qingdu;
  const label = name === 'rtp' ? `${name} (agreement with Readability's expected output; not human truth)` : name;
  console.log(`\n== ${label}: ${o.pages} pages ==`);
  console.log('                     Readability   Qingdu');
  for (const [k, title] of [
    ['f1', 'F1'],
    ['precision', 'precision'],
    ['recall', 'recall'],
    ['exact', 'exact match'],
    ['date_accuracy', 'date accuracy'],
    ['author_accuracy', 'author accuracy'],
  ] as const) {
    if (r[k] !== undefined) console.log(`${title.padEnd(21)}${f(r[k]).padEnd(14)}${f(q[k])}`);
  }
  const n = (x: Noise): string => `${x.credits}/${x.disclaimers}/${x.prompts}/${x.duplicates}`;
  console.log(`${'noise c/d/p/dup'.padEnd(21)}${n(r.noise).padEnd(14)}${n(q.noise)}`);
  console.log(
    `${'ms median / p95'.padEnd(21)}${`${r.ms_median.toFixed(1)} / ${r.ms_p95.toFixed(1)}`.padEnd(14)}${q.ms_median.toFixed(1)} / ${q.ms_p95.toFixed(1)}`,
  );
  console.log(`time ratio (median of per-page ratios): ${o.time_ratio_median.toFixed(2)}x; of medians: ${o.time_ratio_of_medians.toFixed(2)}x`);
  console.log(`  Qingdu's steps in jsdom (median ms): ${stepLine(o.qingdu_steps_ms_median)}`);
  const c = o.chromium;
  if (c && 'missing' in c) console.log(`in Chromium: not measured (${c.missing})`);
  else if (c)
    console.log(
      `in Chromium (each on a clone of the live page): Readability ${c.readability_ms_median.toFixed(1)} / ${c.readability_ms_p95.toFixed(1)} ms, Qingdu ${c.qingdu_ms_median.toFixed(1)} / ${c.qingdu_ms_p95.toFixed(1)} ms (median / p95); ratio ${c.time_ratio_median.toFixed(2)}x (per page), ${c.time_ratio_of_medians.toFixed(2)}x (of medians)` +
        `\n  Qingdu's steps in Chromium (median ms): ${stepLine(c.qingdu_steps_ms_median)}`,
    );
  console.log(
    `worse than Readability (F1 -0.01): ${o.worse.length}${o.worse.length ? ' — ' + o.worse.map((w) => `${w.id.slice(0, 12)} ${w.readability}→${w.qingdu}`).join(', ') : ''}`,
  );
  console.log(
    `recall drop > 0.05: ${o.recall_drops.length}${o.recall_drops.length ? ' — ' + o.recall_drops.map((w) => `${w.id.slice(0, 12)} ${w.readability}→${w.qingdu}`).join(', ') : ''}`,
  );
  console.log(
    `never lose (Readability's paragraphs given back, ≥ ${MIN_KEPT}): ${o.pages - o.lost.length}/${o.pages}${o.lost.length ? ' — lost on ' + o.lost.join(', ') : ''}`,
  );
  console.log(`ran again cleaning less: ${o.retried.length}${o.retried.length ? ' — ' + o.retried.join(', ') : ''}`);
  if (o.sound)
    console.log(`zh-cwced on its ${o.sound.pages} pages with sound truth: Readability ${o.sound.readability.toFixed(3)}, Qingdu ${o.sound.qingdu.toFixed(3)}`);
  for (const [target, met] of targets(name, o)) console.log(`target ${met ? 'met' : 'NOT met'}: ${target}`);
}

/** Issue 16's and 17's targets for a corpus, with whether this run meets them. */
function targets(name: string, o: CorpusResult): [string, boolean][] {
  const chromium = o.chromium && !('missing' in o.chromium) ? o.chromium : null;
  const speed: [string, boolean][] = [
    [`jsdom ≤ 1.6x Readability per page (${o.time_ratio_median.toFixed(2)}x)`, o.time_ratio_median <= 1.6],
    ...(chromium
      ? [[`Chromium ≤ 2.0x Readability per page (${chromium.time_ratio_median.toFixed(2)}x)`, chromium.time_ratio_median <= 2.0] as [string, boolean]]
      : []),
  ];
  const q = o.qingdu.f1;
  if (name === 'zh-cwced') return [[`F1 ≥ 0.985 on the sound pages (${o.sound?.qingdu.toFixed(3)})`, (o.sound?.qingdu ?? 0) >= 0.985], ...speed];
  if (name === 'aeb')
    return [
      [`F1 ≥ 0.970 (${q.toFixed(4)})`, q >= 0.97],
      [`no page below Readability (${o.worse.length})`, !o.worse.length],
      [`no recall drop > 0.05 (${o.recall_drops.length})`, !o.recall_drops.length],
      ...speed,
    ];
  if (name === 'rtp') return [[`agreement ≥ 0.989 (${q.toFixed(3)})`, q >= 0.989]];
  return [
    [`F1 ≥ 0.95 (${q.toFixed(3)})`, q >= 0.95],
    [`no page below Readability (${o.worse.length})`, !o.worse.length],
  ];
}

await main();
