/**
 * Auto-detection in the real browser: off by default (no badge, no script registered); on
 * (the setting, with host access — the test build has it for 127.0.0.1), the badge marks an
 * article and not a channel list; off again unregisters the script.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures';
import { SHOTS, launch, tabIdOf, type Harness } from './harness';

const ARTICLE = '/news/2024-04/23/content_1.htm';
const LIST = '/news/index.htm';
let h: Harness;

beforeAll(async () => {
  h = await launch({ [ARTICLE]: join(FIXTURES, 'cn-jiaozuo-legacy/source.html'), [LIST]: join(FIXTURES, 'not-article-channel-list/source.html') });
});
afterAll(async () => {
  await h?.close();
});

const registered = () => h.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s: { id: string }) => s.id));
const badge = (tabId: number) => h.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
const setOn = (on: boolean) => h.worker.evaluate((v) => chrome.storage.sync.set({ autoDetect: v }), on);

async function open(path: string): Promise<{ tab: number; close: () => Promise<void> }> {
  const page = await h.context.newPage();
  await page.goto(h.origin + path, { waitUntil: 'load' });
  return { tab: await tabIdOf(h, h.origin + path), close: () => page.close() };
}

describe('auto-detection', () => {
  it('is off by default: nothing registered, no badge', async () => {
    expect(await registered()).toEqual([]);
    const { tab, close } = await open(ARTICLE);
    await new Promise((r) => setTimeout(r, 500));
    expect(await badge(tab)).toBe('');
    await close();
  });

  it('marks an article page, not a channel list, once turned on; off again unregisters', async () => {
    await setOn(true);
    await expect.poll(registered, { timeout: 5_000 }).toEqual(['qingdu-detector']);
    const { tab: article } = await open(ARTICLE);
    const { tab: list } = await open(LIST);
    await expect.poll(() => badge(article), { timeout: 10_000 }).toBe('讀');
    expect(await badge(list)).toBe('');

    // The options page shows the switch on, in the browser's language.
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await expect.poll(() => options.locator('#auto-detect').isChecked()).toBe(true);
    expect(await options.locator('.qd-option').innerText()).toContain('標示有文章的網頁');
    await options.screenshot({ path: join(SHOTS, 'options.png') });

    await setOn(false);
    await expect.poll(registered, { timeout: 5_000 }).toEqual([]);
  });
});
