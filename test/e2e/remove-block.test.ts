/**
 * Fixing a bad extraction by hand, in the real browser: pick a block in the popup to remove it
 * (listed as removed by you; Restore undoes it; the clip follows the screen), keep it as a rule
 * for the site, and the next time the site's article opens without it, listed as removed by
 * your rule; Settings lists the rule and deletes it.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readChecks } from '../helpers/fixtures';
import { SHOTS, SEED, launchSeed, popupFor, resetSettings, type Harness } from './harness';

const checks = readChecks('cn-jiaozuo-legacy');
const LAST = '市領導惠康、董炳麓參加調研。';
let h: Harness;

beforeAll(async () => {
  h = await launchSeed();
});
afterAll(async () => {
  await h?.close();
});

describe('remove a block', { timeout: 60_000 }, () => {
  it('removes a picked paragraph, undoes it, and keeps it as a rule for the site', async () => {
    await resetSettings(h);
    const { page, popup } = await popupFor(h, SEED);
    await expect.poll(() => popup.locator('.qd-title').textContent(), { timeout: 15_000 }).toBe(checks.title);
    await popup.getByRole('button', { name: '移除段落…' }).click();
    await popup.locator('.qd-body p', { hasText: LAST }).click();
    expect(await popup.locator('.qd-body').textContent()).not.toContain(LAST);
    await popup.getByRole('button', { name: '完成移除' }).click();
    await popup.locator('.qd-removed summary').click();
    const row = popup.locator('.qd-removed li', { hasText: LAST });
    expect(await row.locator('.qd-reason').textContent()).toBe('你移除的');
    // The clip is what the screen shows.
    await popup.locator('.qd-clip button', { hasText: '複製' }).click();
    await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText())).toContain(checks.once![0]!);
    expect(await popup.evaluate(() => navigator.clipboard.readText())).not.toContain(LAST);
    await popup.screenshot({ path: join(SHOTS, 'popup-removed-by-you.png'), fullPage: true });
    // Kept for the site, then Restore undoes it on screen, where it was.
    await row.getByRole('button', { name: '這個網站一律移除' }).click();
    await expect.poll(() => row.locator('.qd-always').textContent()).toBe('已記住');
    await row.locator('.qd-restore').click();
    expect(await popup.locator('.qd-body').textContent()).toContain(LAST);
    await Promise.all([page.close(), popup.close()]);

    // The site's article, opened again: without that paragraph, listed as removed by your rule.
    const next = await popupFor(h, SEED);
    await expect.poll(() => next.popup.locator('.qd-title').textContent(), { timeout: 15_000 }).toBe(checks.title);
    expect(await next.popup.locator('.qd-body').textContent()).not.toContain(LAST);
    expect(await next.popup.locator('.qd-body').textContent()).toContain(checks.once![0]!);
    await next.popup.locator('.qd-removed summary').click();
    expect(await next.popup.locator('.qd-removed li', { hasText: LAST }).locator('.qd-reason').textContent()).toBe('你的規則移除的');
    await Promise.all([next.page.close(), next.popup.close()]);

    // Settings lists the rule; deleting it brings the paragraph back next time.
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    expect(await options.locator('#user-rules li').textContent()).toContain(LAST);
    await options.locator('#user-rules li button').click();
    await options.locator('#user-rules').waitFor({ state: 'detached' });
    await options.close();
    const plain = await popupFor(h, SEED);
    await expect.poll(() => plain.popup.locator('.qd-body').textContent(), { timeout: 15_000 }).toContain(LAST);
    await Promise.all([plain.page.close(), plain.popup.close()]);
  });

  it('in the reader, Escape ends picking without closing the tab', async () => {
    const { page, popup, tabId } = await popupFor(h, SEED);
    await popup.locator('.qd-title').waitFor();
    await popup.close();
    const reader = await h.context.newPage();
    await reader.goto(`chrome-extension://${h.extensionId}/reader.html?tab=${tabId}`);
    await reader.getByRole('button', { name: '移除段落…' }).click();
    expect(await reader.locator('.qd-picking').count()).toBe(1);
    await reader.keyboard.press('Escape');
    await expect.poll(() => reader.locator('.qd-picking').count()).toBe(0);
    expect(reader.isClosed()).toBe(false);
    // Not picking, Escape closes the reader as before (the press may end with the page it closed).
    await reader.keyboard.press('Escape').catch(() => undefined);
    await expect.poll(() => reader.isClosed()).toBe(true);
    await page.close();
  });
});
