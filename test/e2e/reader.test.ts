/**
 * The reader page as a reader uses it: themes, sizes, fonts and scripts change what is on
 * screen (computed styles), settings are remembered, the shortcuts work, and axe-core finds no
 * serious or critical problem on the reader, popup and options pages. Screenshots in light and
 * dark, 繁體 and 简体 go to test-results/screenshots.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIXTURES, readChecks } from '../helpers/fixtures';
import { SHOTS, axeProblems, launch, resetSettings, readInPopup, type Harness } from './harness';

const SEED = '/news/2024-04/23/content_1.htm';
const checks = readChecks('cn-jiaozuo-legacy');
let h: Harness;
let tabId: number;

beforeAll(async () => {
  h = await launch({ [SEED]: join(FIXTURES, 'cn-jiaozuo-legacy/source.html') });
  tabId = await readInPopup(h, SEED); // the popup leaves the outcome for the reader
});
afterAll(async () => {
  await h?.close();
});

const style = (page: Page, selector: string, prop: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), prop);

/** A reader tab for the seed; `fresh` starts from the default settings (choices are remembered per site). */
async function openReader(fresh = true): Promise<Page> {
  if (fresh) await resetSettings(h);
  const reader = await h.context.newPage();
  await reader.setViewportSize({ width: 1280, height: 900 });
  await reader.goto(`chrome-extension://${h.extensionId}/reader.html?tab=${tabId}`);
  await expect.poll(() => reader.locator('.qd-title').textContent()).toBe(checks.title);
  return reader;
}

describe('the reader page', () => {
  it('changes theme, size, font, line height and script as chosen, and remembers them', async () => {
    const reader = await openReader();
    expect(await reader.locator('.qd-reading-time').textContent()).toMatch(/^約 \d+ 分鐘$/);
    const lightBg = await style(reader, 'body', 'background-color');
    await reader.screenshot({ path: join(SHOTS, 'reader-light-traditional.png') });

    await reader.locator('.qd-controls summary').click();
    await reader.locator('[data-theme-choice="dark"]').click();
    await expect.poll(() => style(reader, 'body', 'background-color')).not.toBe(lightBg);
    expect(await reader.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await reader.locator('[data-theme-choice="sepia"]').click();
    await expect.poll(() => style(reader, 'body', 'background-color')).toBe('rgb(244, 236, 216)');

    const size = await style(reader, '.qd-body p', 'font-size');
    await reader.locator('.qd-range', { hasText: '字級' }).locator('input').fill('24');
    await expect.poll(() => style(reader, '.qd-body p', 'font-size')).toBe('24px');
    expect(size).toBe('18px');
    await reader.locator('.qd-range', { hasText: '行高' }).locator('input').fill('2.2');
    await expect.poll(async () => parseFloat(await style(reader, '.qd-body p', 'line-height'))).toBeCloseTo(24 * 2.2, 1);
    await reader.locator('.qd-range', { hasText: '字體' }).locator('select').selectOption('kai');
    await expect.poll(() => style(reader, '.qd-body p', 'font-family')).toContain('Kai');
    await reader.locator('.qd-check', { hasText: '段首縮排' }).locator('input').check();
    await expect.poll(() => style(reader, '.qd-body p', 'text-indent')).toBe('48px');

    // Remembered: a new reader tab opens with the same settings (or takes them as the last
    // change is saved, at most a second later).
    const again = await openReader(false);
    await expect.poll(() => style(again, '.qd-body p', 'font-size')).toBe('24px');
    expect(await again.evaluate(() => document.documentElement.dataset.theme)).toBe('sepia');
    await again.close();

    // Keyboard: T cycles the theme, − makes the text smaller, S switches the script, ? shows help.
    await reader.locator('.qd-title').click();
    await reader.keyboard.press('t');
    await expect.poll(() => reader.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await reader.keyboard.press('-');
    await expect.poll(() => style(reader, '.qd-body p', 'font-size')).toBe('23px');
    await reader.keyboard.press('s');
    await expect.poll(() => reader.locator('.qd-title').textContent()).toBe('精准破解难题 优化服务保障 凝心聚力推动项目建设提质增效');
    await reader.keyboard.press('?');
    await expect.poll(() => reader.locator('.qd-help-dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    expect(await reader.locator('.qd-help-dialog kbd').allTextContents()).toEqual(['Esc', 'T', '+ / −', 'S', 'C', 'N', 'H', '?']);
    await reader.keyboard.press('Escape');
    await expect.poll(() => reader.locator('.qd-help-dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    await reader.close();
  });

  it('looks right in light and dark, 繁體 and 简体, and passes axe-core', async () => {
    // Back to the defaults a reader starts with, then the four looks.
    await resetSettings(h);
    const reader = await openReader();
    expect(await axeProblems(reader)).toEqual([]);
    for (const theme of ['light', 'dark'] as const) {
      await reader.locator('.qd-controls summary').click();
      await reader.locator(`[data-theme-choice="${theme}"]`).click();
      await reader.locator('.qd-controls summary').click();
      for (const [target, name] of [
        ['original', 'traditional'],
        ['cn', 'simplified'],
      ] as const) {
        await reader.locator(`button[data-target="${target}"]`).click();
        await expect.poll(() => reader.locator('.qd-body').getAttribute('lang')).toBe(target === 'cn' ? 'zh-Hans' : 'zh-Hant');
        await reader.screenshot({ path: join(SHOTS, `reader-${theme}-${name}.png`) });
      }
      expect(await axeProblems(reader), theme).toEqual([]);
    }
    await reader.close();
  });

  it('restores a removed block where it was, in the script on screen', async () => {
    const reader = await openReader();
    await reader.locator('button[data-target="cn"]').click();
    await expect.poll(() => reader.locator('.qd-body').getAttribute('lang')).toBe('zh-Hans');
    await reader.locator('.qd-removed summary').click();
    const item = reader.locator('.qd-removed li', { hasText: '免責聲明' });
    await item.locator('.qd-restore').click();
    await expect.poll(() => reader.locator('.qd-body .qd-restored').count()).toBe(1);
    // Where it was: after the article's last paragraph, converted like the rest.
    const order = await reader.locator('.qd-body').evaluate((b) => {
      const text = b.textContent ?? '';
      return [text.indexOf('记者翟倩倩'), text.indexOf('免责声明')];
    });
    expect(order[0]).toBeGreaterThan(0);
    expect(order[1]).toBeGreaterThan(order[0]!);
    expect(await item.locator('.qd-restore').isDisabled()).toBe(true);
    await reader.close();
  });

  it('prints just the article', async () => {
    const reader = await openReader();
    await reader.emulateMedia({ media: 'print' });
    expect(await reader.locator('.qd-toolbar').isVisible()).toBe(false);
    expect(await reader.locator('.qd-clip').isVisible()).toBe(false);
    expect(await reader.locator('.qd-body').isVisible()).toBe(true);
    await reader.close();
  });
});

describe('keyboard conventions', () => {
  const checked = (page: Page, group: string) => page.locator(`${group} [role="radio"][aria-checked="true"]`).getAttribute('data-target');

  it('the script switch is one Tab stop whose arrow keys move the choice (WAI-ARIA radio group)', async () => {
    const reader = await openReader();
    const radios = reader.locator('.qd-switch [role="radio"]');
    expect(await radios.evaluateAll((rs) => rs.map((r) => (r as HTMLElement).tabIndex))).toEqual([0, -1, -1, -1]);
    await radios.first().focus();
    await reader.keyboard.press('ArrowRight');
    await expect.poll(() => checked(reader, '.qd-switch')).toBe('cn');
    expect(await reader.evaluate(() => document.activeElement?.getAttribute('data-target'))).toBe('cn');
    await expect.poll(() => reader.locator('.qd-body').getAttribute('lang')).toBe('zh-Hans');
    await reader.keyboard.press('End');
    await expect.poll(() => checked(reader, '.qd-switch')).toBe('hk');
    await reader.keyboard.press('ArrowDown'); // wraps round
    await expect.poll(() => checked(reader, '.qd-switch')).toBe('original');
    expect(await radios.evaluateAll((rs) => rs.map((r) => (r as HTMLElement).tabIndex))).toEqual([0, -1, -1, -1]);
    // The theme choices too.
    await reader.locator('.qd-controls summary').click();
    await reader.locator('[data-theme-choice][aria-checked="true"]').focus();
    await reader.keyboard.press('ArrowRight');
    await expect.poll(() => reader.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await reader.evaluate(() => document.activeElement?.getAttribute('data-theme-choice'))).toBe('light');
    await reader.close();
  });

  it('single-key shortcuts can be turned off in Settings, and then S, T and + do nothing', async () => {
    await resetSettings(h);
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.locator('#single-keys').uncheck();
    await expect
      .poll(() => h.worker.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { singleKeys?: boolean })?.singleKeys))
      .toBe(false);
    await options.close();
    const reader = await openReader(false);
    await reader.locator('.qd-title').click();
    for (const key of ['s', 't', '+']) await reader.keyboard.press(key);
    await reader.waitForTimeout(300);
    expect(await checked(reader, '.qd-switch')).toBe('original');
    expect(await reader.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    expect(await style(reader, '.qd-body p', 'font-size')).toBe('18px');
    // Escape is not a character key: it still closes the help dialog.
    await reader.locator('button[aria-label]', { hasText: '?' }).click();
    await expect.poll(() => reader.locator('.qd-help-dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    await reader.keyboard.press('Escape');
    await expect.poll(() => reader.locator('.qd-help-dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    await reader.close();
    await resetSettings(h);
  });
});

describe('the popup in light and dark', () => {
  it('follows the theme, in 繁體 and 简体, and passes axe-core in both', async () => {
    for (const theme of ['light', 'dark'] as const) {
      await resetSettings(h);
      await h.worker.evaluate((t) => chrome.storage.sync.set({ settings: { theme: t } }), theme);
      const popup = await h.context.newPage();
      await popup.setViewportSize({ width: 440, height: 600 });
      await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
      await expect.poll(() => popup.locator('.qd-title').textContent(), { timeout: 15_000 }).toBe(checks.title);
      expect(await popup.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      await popup.screenshot({ path: join(SHOTS, `popup-${theme}-traditional.png`) });
      expect(await axeProblems(popup), theme).toEqual([]);
      await popup.locator('button[data-target="cn"]').click();
      await expect.poll(() => popup.locator('.qd-body').getAttribute('lang')).toBe('zh-Hans');
      await popup.screenshot({ path: join(SHOTS, `popup-${theme}-simplified.png`) });
      await popup.close();
    }
  });
});

describe('accessibility of the other pages', () => {
  it('popup and options pages: no serious or critical axe-core violations', async () => {
    await resetSettings(h);
    const popup = await h.context.newPage();
    await popup.setViewportSize({ width: 440, height: 600 });
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('.qd-title').textContent(), { timeout: 15_000 }).toBe(checks.title);
    expect(await axeProblems(popup)).toEqual([]);
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await expect.poll(() => options.locator('#default-script').count()).toBe(1);
    expect(await axeProblems(options)).toEqual([]);
    await options.screenshot({ path: join(SHOTS, 'options.png'), fullPage: true });
    await Promise.all([popup.close(), options.close()]);
  });
});
