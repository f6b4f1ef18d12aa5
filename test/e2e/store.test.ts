/**
 * Store screenshots, 1280×800, made from the real extension in Chromium. The test run writes
 * them under test-results/store; `npm run store:screenshots` writes them to store/screenshots
 * for the listing (reviewed in the diff like any generated file).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIXTURES, readChecks } from '../helpers/fixtures';
import { launch, popupFor, tabIdOf, type Harness } from './harness';

const OUT = process.env.QINGDU_STORE_SHOTS ?? join('test-results', 'store');
const SEED = '/news/2024-04/23/content_1.htm';
const SIZE = { width: 1280, height: 800 };
const checks = readChecks('cn-jiaozuo-legacy');

let h: Harness;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  h = await launch({ [SEED]: join(FIXTURES, 'cn-jiaozuo-legacy/source.html') });
});
afterAll(async () => {
  await h?.close();
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

async function shot(page: Page, name: string): Promise<void> {
  const path = join(OUT, name);
  await page.screenshot({ path });
  expect(pngSize(path)).toEqual(SIZE);
}

describe('store screenshots', () => {
  it('shows the popup over the messy page, the reader in 繁體 and 简体, and what was removed', async () => {
    const page = await h.context.newPage();
    await page.setViewportSize(SIZE);
    await page.goto(h.origin + SEED);
    const tabId = await tabIdOf(h, h.origin + SEED);

    // 1. The popup (rendered at its real size) over the page it read.
    const popup = await h.context.newPage();
    await popup.setViewportSize({ width: 440, height: 600 });
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('.qd-title').textContent(), { timeout: 15_000 }).toBe(checks.title);
    const [under, over] = [await page.screenshot(), await popup.screenshot()];
    const frame = await h.context.newPage();
    await frame.setViewportSize(SIZE);
    const url = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
    await frame.setContent(
      `<body style="margin:0;width:1280px;height:800px;overflow:hidden;position:relative">` +
        `<img src="${url(under)}" style="position:absolute;inset:0;filter:brightness(.82)">` +
        `<img src="${url(over)}" style="position:absolute;top:8px;right:24px;border:1px solid #8a8a8a;border-radius:8px;box-shadow:0 10px 32px rgba(0,0,0,.35)">` +
        `</body>`,
    );
    await shot(frame, '1-popup-over-page.png');

    // 2–4. The full-tab reader.
    const reader = await h.context.newPage();
    await reader.setViewportSize(SIZE);
    await reader.goto(`chrome-extension://${h.extensionId}/reader.html?tab=${tabId}`);
    await expect.poll(() => reader.locator('.qd-title').textContent()).toBe(checks.title);
    await shot(reader, '2-reader-traditional.png');
    await reader.locator('button[data-target="cn"]').click();
    await expect.poll(() => reader.locator('.qd-body').getAttribute('lang')).toBe('zh-Hans');
    await shot(reader, '3-reader-simplified.png');
    await reader.locator('button[data-target="original"]').click();
    await reader.locator('.qd-removed summary').click();
    await reader.locator('.qd-credits').scrollIntoViewIfNeeded();
    await reader.evaluate(() => document.querySelector('.qd-credits')?.scrollIntoView({ block: 'start' }));
    expect(await reader.locator('.qd-removed li').count()).toBeGreaterThan(3);
    await shot(reader, '4-what-was-removed.png');

    await Promise.all([page.close(), popup.close(), frame.close(), reader.close()]);
  });

  it('makes the 440×280 promo tile: the name, what it does, and the popup in both scripts', async () => {
    const { page, popup } = await popupFor(h, SEED);
    await expect.poll(() => popup.locator('.qd-title').textContent(), { timeout: 15_000 }).toBe(checks.title);
    const shotOf = async () => `data:image/png;base64,${(await popup.screenshot({ clip: { x: 0, y: 84, width: 440, height: 330 } })).toString('base64')}`;
    const traditional = await shotOf();
    await popup.locator('button[data-target="cn"]').click();
    await expect.poll(() => popup.locator('.qd-body').getAttribute('lang')).toBe('zh-Hans');
    const simplified = await shotOf();
    const tile = await h.context.newPage();
    await tile.setViewportSize({ width: 440, height: 280 });
    await tile.setContent(
      `<body style="margin:0;width:440px;height:280px;overflow:hidden;background:#1f5f5b;color:#fff;font-family:'Noto Sans CJK TC',sans-serif;position:relative">` +
        `<div style="position:absolute;left:22px;top:26px;font-size:40px;font-weight:700;letter-spacing:2px">清讀</div>` +
        `<div style="position:absolute;left:24px;top:84px;font-size:17px;font-weight:600">Qingdu</div>` +
        `<div style="position:absolute;left:24px;top:122px;width:150px;font-size:14px;line-height:1.6">只看正文<br>简体 ⇄ 繁體<br>Clean Chinese news</div>` +
        `<img src="${traditional}" style="position:absolute;left:190px;top:26px;width:220px;border-radius:6px;box-shadow:0 6px 18px rgba(0,0,0,.35)">` +
        `<img src="${simplified}" style="position:absolute;left:220px;top:120px;width:200px;border-radius:6px;box-shadow:0 6px 18px rgba(0,0,0,.45)">` +
        `</body>`,
    );
    const path = join(OUT, 'promo-440x280.png');
    await tile.screenshot({ path });
    expect(pngSize(path)).toEqual({ width: 440, height: 280 });
    await Promise.all([page.close(), popup.close(), tile.close()]);
  });
});
