/**
 * npm run bench:convert — script conversion speed, beside opencc-js's own defaults, same run.
 *   1. In Chromium, the real popup: click 简体 on the seed article (Traditional) and 繁體(台灣)
 *      on a Simplified article until the converted title is on screen: the first switch right
 *      after the article paints, the first switch after a second of reading (the likely
 *      converter is built while idle), and later switches. Medians of 7.
 *   2. In Node: building the converter, and converting OpenCC's us_constitution text repeated
 *      to 100,000 characters, cn->tw and t->cn: Qingdu's loader (its own engine over
 *      opencc-js's dictionaries, utils/convert/engine.ts) against opencc-js's own Converter.
 *   3. The popup's initial JavaScript, gzip.
 * Writes bench/results/convert.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as OpenCC from 'opencc-js';
import type { Page } from 'playwright-core';
import { loadConverter } from '../utils/convert/load-converter';
import { launch, resetSettings, tabIdOf } from '../test/e2e/harness';
import { popupInitialScripts } from '../test/helpers/popup-scripts';

const RUNS = 7;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number): number => Math.round(x * 10) / 10;

/** Click a script button; milliseconds until the converted title is in the DOM (painted at the next frame). */
function switchTime(popup: Page, target: string): Promise<number> {
  return popup.evaluate(
    (tgt) =>
      new Promise<number>((resolve) => {
        const title = document.querySelector('.qd-title')!;
        const before = title.textContent;
        const t0 = performance.now();
        // No named functions in here: tsx would wrap them in a helper the page does not have.
        const obs = new MutationObserver(() => {
          if (title.textContent !== before) {
            obs.disconnect();
            // Text in the DOM; the browser paints it at its next frame (up to 16.7 ms at 60 Hz).
            resolve(performance.now() - t0);
          }
        });
        obs.observe(title, { characterData: true, childList: true, subtree: true });
        (document.querySelector(`button[data-target="${tgt}"]`) as HTMLButtonElement).click();
      }),
    target,
  );
}

async function inBrowser(): Promise<Record<string, unknown>> {
  const pages = {
    'Traditional seed -> 简体': ['/news/2024-04/23/content_1.htm', 'test/fixtures/cn-jiaozuo-legacy/source.html', 'cn'],
    'Simplified article (cn-xinhua) -> 繁體(台灣)': ['/politics/2024-05/08/c_1.htm', 'test/fixtures/cn-xinhua/source.html', 'tw'],
  } as const;
  const h = await launch(Object.fromEntries(Object.values(pages).map(([path, file]) => [path, file])));
  const out: Record<string, unknown> = {};
  try {
    for (const [name, [path, , target]] of Object.entries(pages)) {
      const immediate: number[] = [];
      const afterReading: number[] = [];
      const later: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const page = await h.context.newPage();
        await page.goto(h.origin + path);
        const tabId = await tabIdOf(h, h.origin + path);
        for (const wait of [0, 1000]) {
          // A script chosen once is remembered for the site: start each popup from the original.
          await resetSettings(h);
          const popup = await h.context.newPage();
          await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
          await popup.waitForFunction(() => performance.getEntriesByName('qd-article-painted').length > 0);
          if (wait) await popup.waitForTimeout(wait);
          (wait ? afterReading : immediate).push(await switchTime(popup, target));
          if (wait) {
            await switchTime(popup, 'original');
            later.push(await switchTime(popup, target));
          }
          await popup.close();
        }
        await page.close();
      }
      out[name] = {
        first_switch_immediate_ms: round(median(immediate)),
        first_switch_after_1s_ms: round(median(afterReading)),
        later_switch_ms: round(median(later)),
      };
      console.log(
        `${name}: first switch ${round(median(immediate))} ms at once, ${round(median(afterReading))} ms after 1 s; later ${round(median(later))} ms`,
      );
    }
  } finally {
    await h.close();
  }
  return out;
}

async function inNode(): Promise<Record<string, unknown>> {
  const zhs = readFileSync('test/opencc/us_constitution_zhs.txt', 'utf8');
  const zht = readFileSync('test/opencc/us_constitution_zhs.s2t.txt', 'utf8');
  const to100k = (s: string): string => s.repeat(Math.ceil(100_000 / s.length)).slice(0, 100_000);
  const out: Record<string, unknown> = {};
  for (const [name, from, to, text] of [
    ['cn->tw', 'cn', 'tw', to100k(zhs)],
    ['t->cn', 't', 'cn', to100k(zht)],
  ] as const) {
    // Both timed from loaded dictionaries (the popup loads them as a lazy chunk first).
    await (from === 'cn' ? import('opencc-js/preset/cn2t') : import('opencc-js/preset/t2cn'));
    let t = performance.now();
    const ours = await loadConverter(from, to);
    const buildOurs = performance.now() - t;
    t = performance.now();
    const theirs = OpenCC.Converter({ from, to });
    const buildTheirs = performance.now() - t;
    const time = (f: (s: string) => string): number => {
      for (let i = 0; i < 3; i++) f(text); // warm up: both are timed compiled
      return median(
        Array.from({ length: 3 * RUNS }, () => {
          const t0 = performance.now();
          f(text);
          return performance.now() - t0;
        }),
      );
    };
    const [a, b] = [time(ours), time(theirs)];
    out[name] = {
      build_ms: round(buildOurs),
      opencc_js_build_ms: round(buildTheirs),
      convert_100k_ms: round(a),
      opencc_js_convert_100k_ms: round(b),
      throughput_ratio: round(b / a),
    };
    console.log(
      `${name}: build ${round(buildOurs)} ms (opencc-js ${round(buildTheirs)}), 100k chars ${round(a)} ms (opencc-js ${round(b)}): ${(b / a).toFixed(2)}x`,
    );
  }
  return out;
}

/** The popup's initial JavaScript (entry and preloaded modules), gzip -9 as a store serves it. */
function popupSize(): Record<string, unknown> {
  const files = popupInitialScripts();
  const gz = files.map((f) => gzipSync(readFileSync(f), { level: 9 }).length);
  const kb = Math.round(gz.reduce((a, b) => a + b, 0) / 102.4) / 10;
  console.log(`popup initial JavaScript: ${kb} KB gzip in ${files.length} files (target ≤ 60 KB; dictionaries are lazy chunks)`);
  return { initial_js_gzip_kb: kb, files: files.map((f, i) => ({ file: f.replace(/^.*\/chunks\//, 'chunks/'), gzip_bytes: gz[i] })) };
}

const results = { date: new Date().toISOString(), popup: popupSize(), browser: await inBrowser(), node: await inNode() };
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/convert.json', JSON.stringify(results, null, 2) + '\n');
console.log('targets: first switch ≤ 100 ms, later ≤ 10 ms, throughput ≥ 2x opencc-js; written: bench/results/convert.json');
