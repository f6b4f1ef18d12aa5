/**
 * Your sites, automatic, in the real browser: ticking "always on this site" in the popup saves
 * a rule and registers the site's script for that site only; a page of the site loaded again is
 * converted to the site's script by itself, or replaced by the reader (once a session per
 * article, so the page stays reachable); unticking unregisters it. Settings lists the sites.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, readChecks } from '../helpers/fixtures';
import { SHOTS, launch, popupFor, resetSettings, type Harness } from './harness';

const SEED = '/news/2024-04/23/content_1.htm';
const checks = readChecks('cn-jiaozuo-legacy');
let h: Harness;

beforeAll(async () => {
  h = await launch({ [SEED]: join(FIXTURES, 'cn-jiaozuo-legacy/source.html') });
});
afterAll(async () => {
  await h?.close();
});

const registered = () =>
  h.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).filter((s) => s.id === 'qingdu-site-auto').map((s) => s.matches));

describe('your sites, automatic', { timeout: 90_000 }, () => {
  it('converts a chosen site’s pages by themselves, opens the reader by itself, and stops when unticked', async () => {
    await resetSettings(h);
    expect(await registered()).toEqual([]);
    const { page, popup } = await popupFor(h, SEED);
    await popup.locator('.qd-title').waitFor();
    await popup.locator('.qd-toolbar button[data-target="cn"]').click(); // the site's script: 简体
    await popup.locator('input[name="auto-convert"]').check();
    await expect.poll(registered).toEqual([['http://127.0.0.1/*']]);
    await popup.screenshot({ path: join(SHOTS, 'popup-site-auto.png') });
    await Promise.all([popup.close(), page.close()]);

    // A page of the site, loaded again: shown in 简体 without a click.
    const again = await h.context.newPage();
    await again.goto(h.origin + SEED);
    await expect.poll(() => again.locator('body').textContent(), { timeout: 15_000 }).toContain('市领导惠康、董炳麓参加调研。');
    await again.close();

    // The reader too: the article's tab becomes the reader.
    const second = await popupFor(h, SEED);
    await second.popup.locator('input[name="auto-reader"]').check();
    await expect.poll(() => second.popup.locator('input[name="auto-reader"]').isChecked()).toBe(true);
    await Promise.all([second.popup.close(), second.page.close()]);
    const read = await h.context.newPage();
    await read.goto(h.origin + SEED);
    await expect.poll(() => read.url(), { timeout: 15_000 }).toContain('/reader.html?');
    await read.locator('.qd-title').waitFor();
    // In the site's script, as the popup showed it.
    await expect.poll(() => read.locator('.qd-title').textContent()).toBe('精准破解难题 优化服务保障 凝心聚力推动项目建设提质增效');
    await read.close();
    // …once a session per article: opened again, the page itself (converted) stays.
    const back = await h.context.newPage();
    await back.goto(h.origin + SEED);
    await expect.poll(() => back.locator('body').textContent(), { timeout: 15_000 }).toContain('市领导惠康、董炳麓参加调研。');
    expect(back.url()).toBe(h.origin + SEED);

    // Settings lists the site; stopping there unregisters the script, and pages stay as they are.
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    expect(await options.locator('#site-auto li').textContent()).toContain('127.0.0.1');
    await options.locator('#site-auto li button').click();
    await expect.poll(registered).toEqual([]);
    await options.locator('#site-auto').waitFor({ state: 'detached' });
    await back.close();
    const plain = await h.context.newPage();
    await plain.goto(h.origin + SEED);
    await plain.waitForTimeout(1500);
    expect(await plain.locator('body').textContent()).toContain(checks.once![0]!);
    await Promise.all([plain.close(), options.close()]);
    await resetSettings(h);
  });
});
