/**
 * npm run bench:highlights — what highlights cost in the browser, beside what a script switch
 * costs in the same run. In Chromium (playwright-core), a Simplified article of about 200,000
 * characters (the most the reader paints at once) made of the Xinhua fixture's paragraphs:
 *   - baseline: a script switch's DOM work (original → 繁體(台灣) with phrases, convertDom);
 *   - finding and painting 10, 100 and 500 highlights over the converted text (the reader does
 *     it after each switch, removal or restore);
 *   - anchoring one selection made on the converted text (a click on 劃線);
 *   - a Markdown clip with 100 highlights marked, beside the same clip without.
 * Medians of 9 runs. Writes bench/results/highlights.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { serve } from '../test/e2e/harness';
import { chromiumMissing, launchChromium, scriptFor } from './chromium';

const RUNS = 9;
const CHARS = 200_000;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number): number => Math.round(x * 100) / 100;

type Page = typeof import('./highlights-page');
declare const QingduHighlights: Page;

const missing = chromiumMissing();
if (missing) {
  console.error(`bench:highlights: ${missing}: apt-get install -y chromium`);
  process.exit(1);
}

// The fixture's paragraphs, repeated to the size the reader paints at once.
const source = new JSDOM(readFileSync('test/fixtures/cn-xinhua/source.html', 'utf8')).window.document;
const own = [...source.querySelectorAll('p')].map((p) => p.textContent.trim()).filter((t) => t.length > 30);
const paragraphs: string[] = [];
for (let i = 0, n = 0; n < CHARS; i++) {
  const p = `${i}. ${own[i % own.length]!}`;
  paragraphs.push(p);
  n += p.length;
}

const code = await scriptFor('bench/highlights-page.ts', 'QingduHighlights');
const browser = await launchChromium();
const page = await browser.newPage();
// From 127.0.0.1, a secure context: the Markdown clip's digest needs crypto.subtle.
const { server, origin } = await serve({ '/': '<!DOCTYPE html><meta charset="utf-8"><body></body>' });
await page.goto(`${origin}/`);
await page.evaluate(code);
const chars = await page.evaluate((ps) => QingduHighlights.setUp(ps), paragraphs);

const runs = async (f: () => Promise<number>): Promise<number> => {
  const xs: number[] = [];
  for (let i = 0; i < RUNS; i++) xs.push(await f());
  return round(median(xs));
};

const switchMs = await runs(() => page.evaluate(() => QingduHighlights.switchScript()));
const results: Record<string, unknown> = { chars, runs: RUNS, switchScriptMs: switchMs, paint: {} };
for (const n of [10, 100, 500]) {
  const made = await page.evaluate((k) => QingduHighlights.makeHighlights(k), n);
  const ms = await runs(() => page.evaluate(() => QingduHighlights.paint()));
  (results.paint as Record<string, unknown>)[n] = { highlights: made, ms, ofSwitch: round(ms / switchMs) };
}
results.anchorOneMs = await runs(() => page.evaluate(() => QingduHighlights.anchorOne()));
await page.evaluate(() => QingduHighlights.makeHighlights(100));
const without = await runs(() => page.evaluate(() => QingduHighlights.clip(false)));
const withHl = await runs(() => page.evaluate(() => QingduHighlights.clip(true)));
results.clipMarkdown = { withoutMs: without, with100Ms: withHl, ratio: round(withHl / without) };
await browser.close();
server.close();

console.log(JSON.stringify(results, null, 2));
mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/highlights.json',
  JSON.stringify({ machine: `${process.platform} ${process.arch}`, date: new Date().toISOString(), ...results }, null, 2) + '\n',
);
