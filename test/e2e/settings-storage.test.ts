/**
 * Settings that keep saving, in the real browser: per-site choices past what one storage.sync
 * item holds (8 KB, about 245 sites), and a burst of changes past storage.sync's 120 writes a
 * minute. Either used to fail with a console error only; the change showed and was lost.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures';
import { launch, readInPopup, type Harness } from './harness';

const SEED = '/news/2024-04/23/content_1.htm';
let h: Harness;
let tabId: number;

beforeAll(async () => {
  h = await launch({ [SEED]: join(FIXTURES, 'cn-jiaozuo-legacy/source.html') });
  tabId = await readInPopup(h, SEED); // the popup leaves the outcome for the reader
});
afterAll(async () => {
  await h?.close();
});

async function openReader(): Promise<Page> {
  const reader = await h.context.newPage();
  await reader.goto(`chrome-extension://${h.extensionId}/reader.html?tab=${tabId}`);
  await reader.locator('.qd-title').waitFor({ timeout: 15_000 });
  return reader;
}
const checked = (reader: Page, target: string) => reader.locator(`button[data-target="${target}"]`).getAttribute('aria-checked');

describe('settings', () => {
  it('keep saving per-site choices when storage.sync’s item is full of them', async () => {
    // Per-site choices as an older version kept them: in the one sync item, filled to the brim.
    const sites = await h.worker.evaluate(async () => {
      const sites: Record<string, string> = {};
      const bytes = (): number => 'settings'.length + JSON.stringify({ theme: 'light', sites }).length;
      for (let i = 0; bytes() < chrome.storage.sync.QUOTA_BYTES_PER_ITEM - 40; i++) sites[`site-${String(i).padStart(6, '0')}.example.com`] = 'tw';
      await chrome.storage.sync.set({ settings: { theme: 'light', sites } });
      return Object.keys(sites).length;
    });
    expect(sites).toBeGreaterThan(200);
    const reader = await openReader();
    await reader.locator('button[data-target="hk"]').click();
    await expect.poll(() => checked(reader, 'hk')).toBe('true');
    await reader.keyboard.press('t'); // light -> sepia
    await expect.poll(() => reader.evaluate(() => document.documentElement.dataset.theme)).toBe('sepia');
    await reader.close(); // saved on the way out at the latest

    const again = await openReader();
    await expect.poll(() => checked(again, 'hk')).toBe('true');
    expect(await again.evaluate(() => document.documentElement.dataset.theme)).toBe('sepia');
    expect(await again.locator('.qd-notice[role=alert]').count()).toBe(0);
    // The older choices are all still there.
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await expect.poll(() => options.getByText('site-000000.example.com').count()).toBe(1);
    await Promise.all([again.close(), options.close()]);
  });

  it('keep saving through a burst of 130 changes, and save the last one', async () => {
    await h.worker.evaluate(() => chrome.storage.sync.set({ settings: { theme: 'sepia' } }));
    const reader = await openReader();
    await expect.poll(() => reader.evaluate(() => document.documentElement.dataset.theme)).toBe('sepia');
    await reader.locator('.qd-title').click();
    for (let i = 0; i < 65; i++) {
      await reader.keyboard.press('+');
      await reader.keyboard.press('-');
    }
    await reader.keyboard.press('t'); // sepia -> dark
    await expect.poll(() => reader.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await reader.locator('.qd-notice[role=alert]').count()).toBe(0);
    await reader.close();
    const again = await openReader();
    await expect.poll(() => again.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await again.close();
  });
});
