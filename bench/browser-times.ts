/**
 * Extraction time in Chromium, where the extension runs: plain Readability (on a clone of the
 * page) against Qingdu's content-script pipeline (clone, live signals, passes, sanitizing),
 * on each corpus page at its own address, alternating, median of RUNS. The pages' scripts are
 * taken out before serving (they would reach for the network or rewrite the page): both
 * extractors see the same DOM. JavaScript stays on: with it off, Chromium refuses to call back
 * into DOMPurify's Trusted Types policy.
 */
import { chromiumMissing, launchChromium, scriptFor } from './chromium';
import type { Page } from './corpora';

const RUNS = 5;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// What the browser requests for an address: no #fragment.
const withoutHash = (url: string): string => new URL(url).href.replace(/#.*$/, '');

type Steps = Record<string, number>;
type Extractors = { readability: () => number; qingdu: () => { ms: number; steps: Steps } };

export interface BrowserTimes {
  readability: number[];
  qingdu: number[];
  /** Per page, each step's median time over the runs (clone, live-signals, every pass, serialize). */
  steps: Steps[];
}

export async function browserTimes(pages: Page[]): Promise<BrowserTimes | { missing: string }> {
  const missing = chromiumMissing();
  if (missing) return { missing };
  const code = await scriptFor('bench/in-browser-extract.ts', 'QingduBench');
  const browser = await launchChromium();
  const out: BrowserTimes = { readability: [], qingdu: [], steps: [] };
  try {
    const context = await browser.newContext();
    let current: Page | null = null;
    // The page itself at its own address; nothing else is fetched.
    await context.route('**/*', (route) =>
      current && route.request().url() === withoutHash(current.url)
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: current.html.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '') })
        : route.abort(),
    );
    const tab = await context.newPage();
    for (const p of pages) {
      current = p;
      await tab.goto(new URL(p.url).href, { waitUntil: 'domcontentloaded' });
      await tab.evaluate(code);
      const times = await tab.evaluate((runs) => {
        const x = (globalThis as unknown as { QingduBench: Extractors }).QingduBench;
        const r: number[] = [];
        const q: { ms: number; steps: Steps }[] = [];
        for (let i = 0; i < runs; i++) {
          r.push(x.readability());
          q.push(x.qingdu());
        }
        return { r, q };
      }, RUNS);
      out.readability.push(median(times.r));
      out.qingdu.push(median(times.q.map((run) => run.ms)));
      const names = Object.keys(times.q[0]!.steps).filter((k) => k !== 'total');
      out.steps.push(Object.fromEntries(names.map((k) => [k, median(times.q.map((run) => run.steps[k] ?? 0))])));
    }
  } finally {
    await browser.close();
  }
  return out;
}
