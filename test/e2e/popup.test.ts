import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, readChecks } from '../helpers/fixtures';
import { SHOTS, launch, popupFor, readInPopup, resetSettings, tabIdOf, type Harness } from './harness';

const LEGACY = '/news/2024-04/23/content_1.htm';
const MODERN = '/news/2024-04/23/content_2.htm';
const LIST = '/news/index.htm';
const ENGLISH = '/en/2024/05/08/story.html';
const checks = readChecks('cn-jiaozuo-legacy');

let h: Harness;

beforeAll(async () => {
  h = await launch({
    [LEGACY]: join(FIXTURES, 'cn-jiaozuo-legacy/source.html'),
    [MODERN]: join(FIXTURES, 'cn-jiaozuo/source.html'),
    [LIST]: join(FIXTURES, 'not-article-channel-list/source.html'),
    [ENGLISH]: join(FIXTURES, 'en-news/source.html'),
  });
});
afterAll(async () => {
  await h?.close();
});

const count = (hay: string, needle: string): number => hay.split(needle).length - 1;

describe.each([
  ['legacy', LEGACY],
  ['modern', MODERN],
])('the popup on the %s seed page', (name, path) => {
  it('shows the clean article, converts to 简体 and back, and leaves the page untouched', async () => {
    // The page as it is before the popup reads it: extraction must leave it exactly so.
    const page = await h.context.newPage();
    await page.goto(h.origin + path);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const tabId = await tabIdOf(h, h.origin + path);
    const popup = await h.context.newPage();
    await popup.setViewportSize({ width: 440, height: 600 });
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);

    await expect.poll(() => popup.locator('.qd-title').textContent(), { timeout: 15_000 }).toBe(checks.title);
    const body = (await popup.locator('.qd-body').innerText()).replace(/\n+/g, '\n');
    for (const p of checks.once!) expect(count(body, p), p).toBe(1);
    for (const bad of checks.absent!.filter((s) => s !== '<img')) expect(body).not.toContain(bad);
    expect(await popup.locator('.qd-body img').count()).toBe(0);
    const credits = await popup.locator('.qd-credits > div').allTextContents();
    expect(credits).toEqual(checks.credits!.map(([role, names]) => role + names.join('、')));
    expect(await popup.locator('.qd-meta').innerText()).toContain('焦作日報');
    await popup.screenshot({ path: join(SHOTS, `popup-${name}-original.png`) });

    await popup.locator('button[data-target="cn"]').click();
    await expect.poll(() => popup.locator('.qd-title').textContent()).toBe('精准破解难题 优化服务保障 凝心聚力推动项目建设提质增效');
    const simplified = await popup.locator('.qd-body').innerText();
    expect(simplified).toContain('(记者翟倩倩、焦娇)');
    expect(simplified).toContain('市领导惠康、董炳麓参加调研。');
    expect(await popup.locator('.qd-credits > div').allTextContents()).toContain('责编刘佳');
    expect(await popup.locator('.qd-body').getAttribute('lang')).toBe('zh-Hans');
    expect(await popup.locator('.qd-meta').innerText()).toContain('焦作日报');
    await popup.screenshot({ path: join(SHOTS, `popup-${name}-simplified.png`) });

    await popup.locator('button[data-target="original"]').click();
    await expect.poll(() => popup.locator('.qd-title').textContent()).toBe(checks.title);
    expect((await popup.locator('.qd-body').innerText()).replace(/\n+/g, '\n')).toBe(body);

    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();
    await popup.close();
  });
});

describe('the popup elsewhere', () => {
  it('says there is no article on a channel list, and can show what it found', async () => {
    const { page, popup } = await popupFor(h, LIST);
    await expect.poll(() => popup.locator('.qd-status-title').textContent(), { timeout: 15_000 }).toBe('這裡沒有文章');
    // Why, in the UI's language: no English words from the record.
    expect(await popup.locator('.qd-status .qd-detail').textContent()).toBe('這個頁面看來是連結清單，不是文章。');
    await popup.screenshot({ path: join(SHOTS, 'popup-not-article.png') });
    await popup.locator('.qd-action').click();
    await expect.poll(() => popup.locator('.qd-body').count()).toBe(1);
    await page.close();
    await popup.close();
  });

  it('explains that browser pages cannot be read', async () => {
    const page = await h.context.newPage();
    await page.goto('chrome://version/');
    await page.bringToFront();
    // The extension cannot see a chrome:// address (no tabs permission); find the tab as the front one.
    const tabId = await h.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('.qd-status').textContent(), { timeout: 15_000 }).toContain('瀏覽器不允許擴充功能讀取');
    await page.close();
    await popup.close();
  });
});

describe('the reader page', () => {
  it('shows the article the popup read, full width', async () => {
    const { page, popup, tabId } = await popupFor(h, LEGACY);
    await expect.poll(() => popup.locator('.qd-title').textContent(), { timeout: 15_000 }).toBe(checks.title);
    const reader = await h.context.newPage();
    await reader.goto(`chrome-extension://${h.extensionId}/reader.html?tab=${tabId}`);
    await expect.poll(() => reader.locator('.qd-title').textContent()).toBe(checks.title);
    expect(await reader.title()).toBe(`${checks.title} · 清讀`);
    await reader.screenshot({ path: join(SHOTS, 'reader-legacy.png'), fullPage: true });
    await Promise.all([page.close(), popup.close(), reader.close()]);
  });
});

describe('the reader page on a non-article', () => {
  it('says there is no article, and why, before showing what was found', async () => {
    const tabId = await readInPopup(h, LIST);
    const reader = await h.context.newPage();
    await reader.goto(`chrome-extension://${h.extensionId}/reader.html?tab=${tabId}`);
    await expect.poll(() => reader.locator('.qd-status-title').textContent(), { timeout: 15_000 }).toBe('這裡沒有文章');
    expect(await reader.locator('.qd-status .qd-detail').textContent()).toBe('這個頁面看來是連結清單，不是文章。');
    expect(await reader.locator('.qd-body').count()).toBe(0);
    await reader.screenshot({ path: join(SHOTS, 'reader-not-article.png') });
    await reader.locator('.qd-status .qd-action').click();
    await expect.poll(() => reader.locator('.qd-body').count()).toBe(1);
    await reader.close();
  });
});

describe('the popup on a phone', () => {
  it('fits a 360 px screen when the platform is Android (the popup is a tab there)', async () => {
    const { page, popup } = await popupFor(h, LEGACY);
    await popup.locator('.qd-title').waitFor({ timeout: 15_000 });
    await popup.setViewportSize({ width: 360, height: 740 });
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeGreaterThan(360); // the desktop popup is 440 px
    await popup.evaluate(() => document.documentElement.classList.add('qd-phone')); // what main.tsx does on Android
    await expect.poll(() => popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await popup.screenshot({ path: join(SHOTS, 'popup-phone.png') });
    await Promise.all([page.close(), popup.close()]);
  });
});

describe('the toolbar popup', () => {
  it('opens as the real action popup for the active tab', async () => {
    const page = await h.context.newPage();
    await page.goto(h.origin + LEGACY);
    await page.bringToFront();
    await h.worker.evaluate(() => chrome.action.openPopup());
    const popups = await h.worker.evaluate(async () =>
      (await chrome.runtime.getContexts({ contextTypes: ['POPUP'] })).map((c: { documentUrl?: string }) => c.documentUrl),
    );
    expect(popups.some((u) => u?.endsWith('/popup.html'))).toBe(true);
    await page.close();
  });
});

describe('the screen in every script', () => {
  const font = (popup: import('playwright-core').Page) =>
    popup
      .locator('.qd-body p')
      .first()
      .evaluate((p) => getComputedStyle(p).fontFamily);

  it('draws Traditional, Hong Kong and Simplified text each with its own CJK font', async () => {
    await resetSettings(h);
    const { page, popup } = await popupFor(h, LEGACY);
    await popup.locator('.qd-title').waitFor({ timeout: 15_000 });
    expect(await popup.locator('.qd-body').getAttribute('lang')).toBe('zh-Hant');
    expect(await font(popup)).toContain('Noto Sans CJK TC');
    await popup.locator('button[data-target="hk"]').click();
    await expect.poll(() => popup.locator('.qd-body').getAttribute('lang')).toBe('zh-Hant-HK');
    expect(await font(popup)).toContain('Noto Sans CJK HK');
    await popup.locator('button[data-target="cn"]').click();
    await expect.poll(() => popup.locator('.qd-body').getAttribute('lang')).toBe('zh-Hans');
    expect(await font(popup)).toContain('Noto Sans CJK SC');
    await Promise.all([page.close(), popup.close()]);
    await resetSettings(h);
  });

  it('keeps an English article English when the default script is 繁體(台灣)', async () => {
    await h.worker.evaluate(() => chrome.storage.sync.set({ settings: { script: 'tw' } }));
    const { page, popup } = await popupFor(h, ENGLISH);
    await popup.locator('.qd-title').waitFor({ timeout: 15_000 });
    await expect.poll(() => popup.locator('button[data-target="tw"]').getAttribute('aria-checked')).toBe('true');
    expect(await popup.locator('.qd-body').getAttribute('lang')).toMatch(/^en\b/);
    expect(await popup.locator('.qd-article').getAttribute('lang')).toMatch(/^en\b/);
    await Promise.all([page.close(), popup.close()]);
    await resetSettings(h);
  });
});
