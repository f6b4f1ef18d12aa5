/**
 * The hostile corpus in the real browser: opening each page in the popup and the reader
 * runs none of its script (a sentinel global stays unset) and requests nothing but the
 * article's own images. Pages that sabotage built-ins, are still loading, or cannot be read
 * get a correct article or a clear message, never a hang or a blank popup.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures';
import { SHOTS, launch, tabIdOf, type Harness } from './harness';

const DIR = join(FIXTURES, 'hostile');
const pages = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .sort();
const FIRST = '市委书记实地调研部分重点项目建设';
let h: Harness;

beforeAll(async () => {
  const routes: Record<string, string> = Object.fromEntries(pages.map((f) => [`/hostile/${f}`, join(DIR, f)]));
  const P = `<p>${FIRST}，强调要坚持项目为王、实干为要，强化责任意识和效率观念，紧盯年度目标任务，推动项目建设提质增效。</p>`;
  routes['/big.html'] =
    `<html><head><title>大页面_某网</title></head><body><h1>大页面</h1>${Array.from({ length: 30_000 }, (_, i) => `<div class="item"><h3><a href="/a/${i}.htm">新闻标题${i}</a></h3>${P}</div>`).join('')}</body></html>`;
  // Busy for 25 s once loaded: the extractor cannot run before the popup's 15 s run out.
  routes['/busy.html'] =
    `<html><head><title>忙碌页面_某网</title></head><body><h1>忙碌页面</h1><p>${FIRST}。</p><script>setTimeout(() => { const end = Date.now() + 25000; while (Date.now() < end); }, 0)</script></body></html>`;
  routes['/frames.html'] =
    `<html><head><title>框架页_某网</title></head><frameset cols="50%,50%"><frame src="/hostile/script-tags.html"><frame src="/hostile/css-loads.html"></frameset></html>`;
  h = await launch(routes, {
    // Half a page now, the rest never: a page that is still loading.
    '/slow.html': (res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const p = `<p>${FIRST}，强调要坚持项目为王、实干为要，强化责任意识和效率观念，推动项目建设提质增效。</p>`;
      res.write(`<!DOCTYPE html><html><head><title>仍在加载_某网</title></head><body><h1>仍在加载</h1>${p.repeat(3)}`);
    },
  });
});
afterAll(async () => {
  await h?.close();
});

/** Watches an extension page: every request it makes, and whether a payload ran in it. */
function watch(page: Page): { requests: string[] } {
  const requests: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('chrome-extension://')) requests.push(`${r.resourceType()} ${r.url()}`);
  });
  return { requests };
}

async function openFor(
  path: string,
  which: 'popup' | 'reader',
  waitUntil: 'load' | 'commit' = 'load',
): Promise<{ page: Page; view: Page; requests: string[] }> {
  const page = await h.context.newPage();
  await page.goto(h.origin + path, { waitUntil });
  const tabId = await tabIdOf(h, h.origin + path);
  if (which === 'reader') {
    // The reader shows what the popup stored for the tab.
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('main[aria-busy="false"]').waitFor({ timeout: 20_000 });
    await popup.close();
  }
  const view = await h.context.newPage();
  const { requests } = watch(view);
  await view.goto(`chrome-extension://${h.extensionId}/${which}.html?tab=${tabId}`);
  return { page, view, requests };
}

describe.each(pages)('hostile page %s', (file) => {
  it.each(['popup', 'reader'] as const)('in the %s: no payload runs, nothing but the article images loads', async (which) => {
    const { page, view, requests } = await openFor(`/hostile/${file}`, which);
    await expect.poll(() => view.locator('.qd-body').innerText(), { timeout: 20_000 }).toContain(FIRST);
    await view.locator('.qd-body').hover();
    await view.waitForTimeout(300);
    expect(await view.evaluate(() => (window as unknown as { __qd_pwned?: unknown }).__qd_pwned)).toBeUndefined();
    const images = await view.locator('.qd-body img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).src));
    expect(requests.filter((r) => !(r.startsWith('image ') && images.includes(r.slice(6))))).toEqual([]);
    if (which === 'popup' && file === 'event-handlers.html') await view.screenshot({ path: join(SHOTS, 'popup-hostile.png') });
    await page.close();
    await view.close();
  });
});

describe('pages that fight back', () => {
  it('a page sabotaging Array, JSON, Node and document still yields its article, and is left unchanged', async () => {
    const { page, view } = await openFor('/hostile/fighting-scripts.html', 'popup');
    await expect.poll(() => view.locator('.qd-title').textContent(), { timeout: 20_000 }).toBe('脚本对抗测试');
    expect(await view.locator('.qd-body').innerText()).toContain('据了解，今年全市计划实施重点项目三百余个');
    await page.close();
    await view.close();
  });

  it('a 10 MB page: the popup stays responsive while the page extracts, then answers', async () => {
    const { page, view } = await openFor('/big.html', 'popup');
    const started = Date.now();
    let slowest = 0;
    while (!(await view.locator('main[aria-busy="false"]').count()) && Date.now() - started < 90_000) {
      const t = Date.now();
      await view.evaluate(() => document.title); // the popup's own thread answers at once
      slowest = Math.max(slowest, Date.now() - t);
      await view.waitForTimeout(100);
    }
    expect(slowest).toBeLessThan(500);
    expect(await view.locator('.qd-title, .qd-status-title').first().textContent()).toMatch(/大页面|這裡沒有文章/);
    await page.close();
    await view.close();
  }, 150_000);

  it('a page whose scripts keep it busy gets a plain message in the UI language after 15 s, not a spinner', async () => {
    const { page, view } = await openFor('/busy.html', 'popup', 'commit');
    await expect
      .poll(() => view.locator('.qd-status[role="alert"] .qd-detail').textContent(), { timeout: 30_000 })
      .toBe('頁面在 15 秒內沒有回應，可能是它的指令碼正忙。請稍候再試。');
    await page.close();
    await view.close();
  }, 60_000);

  it('a frameset says plainly that there is no article', async () => {
    const { page, view } = await openFor('/frames.html', 'popup');
    await expect.poll(() => view.locator('.qd-status-title').textContent(), { timeout: 20_000 }).toBe('這裡沒有文章');
    await page.close();
    await view.close();
  });

  it('a page still loading is read as it stands', async () => {
    const { page, view } = await openFor('/slow.html', 'popup', 'commit');
    await page.locator('h1').waitFor();
    await expect.poll(() => view.locator('.qd-title, .qd-status-title').first().textContent(), { timeout: 20_000 }).toBe('仍在加载');
    await page.close();
    await view.close();
  });
});
