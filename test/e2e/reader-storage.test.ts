/**
 * The reader tab's copy of an outcome (storage.session, 10 MB for all tabs) in the real
 * browser: an article too large to keep, or storage full of other tabs' outcomes, never leave
 * a reader showing another article or "no longer available" for the wrong reason.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, readChecks } from '../helpers/fixtures';
import { SHOTS, launch, popupFor, type Harness } from './harness';

const SEED = '/news/2024-04/23/content_1.htm';
const HUGE = '/news/2024-05/01/content_2.htm';
// The seed under an address of its own: a tab is found by its address, and other tests leave the seed's tabs open.
const CLOSED = '/news/2024-04/23/content_9.htm';
const seed = readChecks('cn-jiaozuo-legacy');
const LINE = '市委书记实地调研部分重点项目建设，强调要坚持项目为王、实干为要，强化责任意识和效率观念，紧盯年度目标任务，推动项目建设提质增效。';
let h: Harness;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qingdu-storage-'));
  // About 7 MB as the reader's copy (text and HTML, 3 bytes a character): more than one outcome may take.
  const huge = `<html lang="zh-CN"><head><title>很长的文章_某网</title></head><body><article><h1>很长的文章</h1>${Array.from({ length: 18_000 }, (_, i) => `<p>第${i}段。${LINE}</p>`).join('')}</article></body></html>`;
  writeFileSync(join(dir, 'huge.html'), huge);
  h = await launch({
    [SEED]: join(FIXTURES, 'cn-jiaozuo-legacy/source.html'),
    [CLOSED]: join(FIXTURES, 'cn-jiaozuo-legacy/source.html'),
    [HUGE]: join(dir, 'huge.html'),
  });
});
afterAll(async () => {
  await h?.close();
});

async function reader(tabId: number): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/reader.html?tab=${tabId}`);
  await page.locator('.qd-title, .qd-status').first().waitFor({ timeout: 15_000 });
  return page;
}

describe('the reader tab’s copy of an article', () => {
  it('is replaced by a note when the article is too large to keep, never by the tab’s previous article', async () => {
    const { page, popup, tabId } = await popupFor(h, SEED);
    await popup.locator('.qd-title').waitFor({ timeout: 15_000 });
    expect(await (await reader(tabId)).locator('.qd-title').textContent()).toBe(seed.title);

    await page.goto(h.origin + HUGE);
    await popup.reload();
    await popup.locator('.qd-title').waitFor({ timeout: 60_000 });
    expect(await popup.locator('.qd-title').textContent()).toBe('很长的文章');
    await expect.poll(() => popup.locator('.qd-notice').textContent(), { timeout: 30_000 }).toMatch(/too large|太大/);
    await popup.screenshot({ path: join(SHOTS, 'popup-too-large-for-reader.png') });
    const r = await reader(tabId);
    expect(await r.locator('.qd-title').count()).toBe(0);
    expect(await r.locator('.qd-status').innerText()).toMatch(/too large|太大/);
  });

  it('makes room when storage is full of other tabs’ outcomes, instead of failing silently', async () => {
    // All but 2 KB of storage.session kept for a tab long gone (an older version, a write that failed half-way).
    await h.worker.evaluate(async () => {
      const room = chrome.storage.session.QUOTA_BYTES - (await chrome.storage.session.getBytesInUse(null)) - 2_000;
      await chrome.storage.session.set({ 'outcome:999999': { kind: 'error', message: 'x'.repeat(room) } });
    });
    const { popup, tabId } = await popupFor(h, SEED);
    await popup.locator('.qd-title').waitFor({ timeout: 15_000 });
    expect(await popup.locator('.qd-notice').count()).toBe(0);
    expect(await (await reader(tabId)).locator('.qd-title').textContent()).toBe(seed.title);
    expect(await h.worker.evaluate(async () => Object.keys(await chrome.storage.session.get(null)).includes('outcome:999999'))).toBe(false);
  });
});

describe('a reader tab once its news tab is gone', () => {
  it('still shows the article after the news tab is closed and the reader reloaded', async () => {
    const { page, popup, tabId } = await popupFor(h, CLOSED);
    await popup.locator('.qd-title').waitFor({ timeout: 15_000 });
    // The popup's own button opens the reader, as a user would.
    const [view] = await Promise.all([h.context.waitForEvent('page'), popup.locator('.qd-tools .qd-action').last().click()]);
    await expect.poll(() => view.locator('.qd-title').textContent(), { timeout: 15_000 }).toBe(seed.title);
    await page.close();
    // The news tab's outcome is forgotten with it…
    await expect.poll(() => h.worker.evaluate(async (id) => Object.keys(await chrome.storage.session.get(`outcome:${id}`)).length, tabId)).toBe(0);
    // …and the reader, reloaded, shows its article from the recent ones.
    await view.reload();
    await expect.poll(() => view.locator('.qd-title').textContent(), { timeout: 15_000 }).toBe(seed.title);
    await view.close();

    // Settings count the recent articles and forget them.
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await expect.poll(() => options.locator('#recent-count').textContent()).toMatch(/^已保存 [1-9]\d* 篇$/);
    await options.locator('#recent-title + p + .qd-tools button').click();
    await expect.poll(() => options.locator('#recent-count').textContent()).toBe('已保存 0 篇');
    expect(await h.worker.evaluate(async () => Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('recent')))).toEqual([]);
    await options.close();
  });

  it('offers the original page when the article is nowhere to be found', async () => {
    const address = `${h.origin}/news/2024-04/23/gone.htm?a=1&b=2`;
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/reader.html?tab=987654&url=${encodeURIComponent(address)}`);
    await expect.poll(() => page.locator('.qd-status p').first().textContent(), { timeout: 15_000 }).toContain('找不到這篇文章了');
    expect(await page.locator('.qd-status a').getAttribute('href')).toBe(address);
    // Only a web address is offered: javascript: and extension pages are not.
    await page.goto(`chrome-extension://${h.extensionId}/reader.html?tab=987654&url=${encodeURIComponent('javascript:alert(1)')}`);
    await page.locator('.qd-status').waitFor();
    expect(await page.locator('.qd-status a').count()).toBe(0);
    await page.close();
  });
});
