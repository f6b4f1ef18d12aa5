/** "Convert this page" in the real browser: the live page in 繁體, new content too, and back exactly. */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures';
import { SHOTS, launch, popupFor, type Harness } from './harness';

const PATH = '/politics/2024-05/08/c_1.htm';
let h: Harness;
beforeAll(async () => {
  h = await launch({ [PATH]: join(FIXTURES, 'cn-xinhua/source.html') });
});
afterAll(async () => {
  await h?.close();
});

describe('convert this page', () => {
  it('shows the live page in the chosen script, follows new content, and restores it exactly', async () => {
    const { page, popup } = await popupFor(h, PATH);
    await popup.locator('.qd-title').waitFor({ timeout: 15_000 });
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const button = popup.locator('.qd-tools button[aria-pressed]');
    expect(await button.isDisabled()).toBe(true); // 原文: nothing to convert to

    await popup.locator('button[data-target="tw"]').click();
    await button.click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant-TW');
    const converted = await page.evaluate(() => document.body.innerText);
    expect(converted).toContain('新華網');
    expect(converted).not.toContain('新华网');
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await popup.screenshot({ path: join(SHOTS, 'popup-page-converted.png') });

    // Content the page adds later is converted too.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'later';
      p.textContent = '后来加载的简体内容';
      document.body.append(p);
    });
    await expect.poll(() => page.locator('#later').textContent()).toBe('後來加載的簡體內容');

    // Restore: the page is exactly as it was (the added node stays, as the page wrote it).
    await button.click();
    await expect.poll(() => page.locator('#later').textContent()).toBe('后来加载的简体内容');
    await page.evaluate(() => document.getElementById('later')!.remove());
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await Promise.all([page.close(), popup.close()]);
  });
});

describe('the word list', () => {
  it('is edited on the options page, exported, and wins over the dictionary in the popup', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.locator('#words').fill('王雪 汪雪\n不是词对的一行 a b\n');
    await options.locator('#words-title ~ .qd-tools button').first().click();
    await expect.poll(() => options.locator('#words-title ~ .qd-tools [role=status]').textContent()).toBe('以下行不是詞對，已保留待修正：第 2 行');
    expect(await options.locator('#words').inputValue()).toBe('王雪\t汪雪\n不是词对的一行 a b\n');
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('#words-title ~ .qd-tools button').nth(1).click()]);
    expect(download.suggestedFilename()).toBe('qingdu-words.txt');

    const { page, popup } = await popupFor(h, PATH);
    await popup.locator('.qd-title').waitFor({ timeout: 15_000 });
    await popup.locator('button[data-target="tw"]').click();
    await expect.poll(() => popup.locator('.qd-body').innerText()).toContain('記者汪雪');
    expect(await popup.locator('.qd-byline').textContent()).toContain('汪雪');
    await Promise.all([options.close(), page.close(), popup.close()]);
  });
});

describe('a converted page and the word list', () => {
  // Runs after the word list above was saved (王雪 → 汪雪): the page writes private-use
  // characters a placeholder scheme would map to the list's entries, and reads its text back.
  it('gives the page no way to read the list back', async () => {
    const { page, popup } = await popupFor(h, PATH);
    await popup.locator('.qd-title').waitFor({ timeout: 15_000 });
    await popup.locator('button[data-target="tw"]').click();
    await popup.locator('.qd-tools button[aria-pressed]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant-TW');
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'probe';
      p.textContent = '后来' + Array.from({ length: 16 }, (_, i) => String.fromCodePoint(0xf0000 + i)).join('');
      document.body.append(p);
    });
    await expect.poll(() => page.locator('#probe').textContent()).toMatch(/^後來/);
    expect(await page.locator('#probe').textContent()).toBe('後來' + Array.from({ length: 16 }, (_, i) => String.fromCodePoint(0xf0000 + i)).join(''));
    await Promise.all([page.close(), popup.close()]);
  });
});
