/**
 * npm run bench:open — how long a reader waits, in the real browser (Chromium, the built
 * extension): from the popup's navigation start to the clean article painted (extraction in
 * the page included), and the reader page likewise (the article already extracted), on the
 * seed page and on a 1 MB page; beside plain Readability alone (parse of a clone, in the
 * page) in the same run; and for an article split over three pages (test/pages/cn-three-pages),
 * page 1 painted and the whole article joined. Medians of 9 runs. Writes bench/results/open.json.
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, servedAs, tabIdOf } from '../test/e2e/harness';

const RUNS = 9;
const seed = readFileSync('test/fixtures/cn-jiaozuo-legacy/source.html', 'utf8');
const P = '<p>市委书记实地调研部分重点项目建设，强调要坚持项目为王、实干为要，强化责任意识和效率观念，紧盯年度目标任务，推动项目建设提质增效。</p>';
// A 1 MB news page: the article, then the portal around it (channels, lists, comments).
const big = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>大页面_某网</title></head><body>
<div class="nav">${Array.from({ length: 200 }, (_, i) => `<a href="/c/${i}">栏目${i}</a>`).join(' ')}</div>
<h1>一季度全市重点项目建设进展顺利</h1><div class="article">${P.repeat(30)}</div>
<div class="side">${Array.from({ length: 7000 }, (_, i) => `<li><a href="/a/${i}.htm">新闻标题第${i}条 全市重点项目建设推进会召开</a><span>2024-05-01</span></li>`).join('')}</div>
<div class="comments">${Array.from({ length: 4000 }, (_, i) => `<div class="c"><a href="/u/${i}">网友${i}</a><p>支持，点赞！第${i}楼</p></div>`).join('')}</div></body></html>`;
const PAGES = { 'seed page': ['/seed.htm', seed], '1 MB page': ['/big.htm', big] } as const;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number): number => Math.round(x * 10) / 10;

async function painted(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('qd-article-painted').length > 0, undefined, { timeout: 30_000 });
  return page.evaluate(() => performance.getEntriesByName('qd-article-painted')[0]!.startTime);
}

async function main(): Promise<void> {
  const readability = (
    await build({
      entryPoints: ['node_modules/@mozilla/readability/Readability.js'],
      bundle: true,
      write: false,
      format: 'iife',
      globalName: 'R',
      footer: { js: 'globalThis.Readability = R;' },
    })
  ).outputFiles[0]!.text;
  const routes = Object.fromEntries(Object.values(PAGES).map(([path, html]) => [path, html]));
  const paged = Object.fromEntries(['88.html', '88_2.html', '88_3.html'].map((f) => [`/paged/${f}`, servedAs(join('test/pages/cn-three-pages', f), 'gbk')]));
  const h = await launch(routes, paged);
  const results: Record<string, unknown> = { date: new Date().toISOString(), runs: RUNS };
  try {
    for (const [name, [path, html]] of Object.entries(PAGES)) {
      const popupMs: number[] = [];
      const readerMs: number[] = [];
      const plainMs: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const page = await h.context.newPage();
        await page.goto(h.origin + path);
        const tabId = await tabIdOf(h, h.origin + path);
        await page.evaluate(readability);
        plainMs.push(
          await page.evaluate(() => {
            const t = performance.now();
            new (globalThis as unknown as { Readability: new (d: Document) => { parse(): unknown } }).Readability(document.cloneNode(true) as Document).parse();
            return performance.now() - t;
          }),
        );
        const popup = await h.context.newPage();
        await popup.setViewportSize({ width: 440, height: 600 });
        await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
        popupMs.push(await painted(popup));
        const reader = await h.context.newPage();
        await reader.goto(`chrome-extension://${h.extensionId}/reader.html?tab=${tabId}`);
        readerMs.push(await painted(reader));
        await Promise.all([page.close(), popup.close(), reader.close()]);
      }
      const row = {
        bytes: Buffer.byteLength(html),
        popup_ms: round(median(popupMs)),
        reader_ms: round(median(readerMs)),
        readability_alone_ms: round(median(plainMs)),
      };
      results[name] = row;
      console.log(
        `${name.padEnd(10)} ${(row.bytes / 1024).toFixed(0).padStart(5)} KB  popup ${row.popup_ms} ms  reader ${row.reader_ms} ms  plain Readability alone ${row.readability_alone_ms} ms  (medians of ${RUNS})`,
      );
    }
    // An article split over three pages (GB2312, served with its charset): page 1 painted, then the whole article joined.
    const first: number[] = [];
    const whole: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await h.context.newPage();
      await page.goto(`${h.origin}/paged/88.html`);
      const tabId = await tabIdOf(h, `${h.origin}/paged/88.html`);
      const popup = await h.context.newPage();
      await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
      first.push(await painted(popup));
      await popup.waitForFunction(() => performance.getEntriesByName('qd-pages-joined').length > 0, undefined, { timeout: 30_000 });
      whole.push(await popup.evaluate(() => performance.getEntriesByName('qd-pages-joined')[0]!.startTime));
      await Promise.all([page.close(), popup.close()]);
    }
    const paged = {
      pages: 3,
      first_page_ms: round(median(first)),
      whole_article_ms: round(median(whole)),
      joining_ms: round(median(whole.map((w, i) => w - first[i]!))),
    };
    results['3-page article'] = paged;
    console.log(
      `3-page article: popup page 1 ${paged.first_page_ms} ms, all 3 pages joined ${paged.whole_article_ms} ms (joining ${paged.joining_ms} ms)  (medians of ${RUNS})`,
    );
  } finally {
    await h.close();
  }
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/open.json', JSON.stringify(results, null, 2) + '\n');
  console.log('targets: popup ≤ 250 ms (seed) and ≤ 400 ms (1 MB); written: bench/results/open.json');
}

await main();
