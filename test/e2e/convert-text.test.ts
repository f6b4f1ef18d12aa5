/**
 * Convert anything, in the real browser: the popup's paste box, and "Convert the selected
 * text" from the context menu (its handler, as a click calls it: a headless browser shows no
 * menus) in a text field, in an editable area (replaced in place), and in page text (the
 * Convert text page opens with it). The quotation-mark setting follows the script.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures';
import { SHOTS, launch, popupFor, resetSettings, tabIdOf, type Harness } from './harness';

const FORM = '/form.html';
const SEED = '/news/2024-04/23/content_1.htm';
let h: Harness;

beforeAll(async () => {
  h = await launch({
    [SEED]: join(FIXTURES, 'cn-jiaozuo-legacy/source.html'),
    [FORM]: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>表单</title></head><body>
<p id="text">他说“头发要剪短”，后来才知道。</p>
<textarea id="field">留言：他说“头发要剪短”，后来才知道。</textarea>
<div id="editor" contenteditable="true">编辑区：头发和后来。</div>
</body></html>`,
  });
  await h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterAll(async () => {
  await h?.close();
});

/** Calls the background's menu handler as a click on `item` in `page` would. */
async function menu(page: Page, item: string): Promise<void> {
  const tabId = await tabIdOf(h, page.url());
  await h.worker.evaluate(
    ([id, tab]) =>
      (globalThis as unknown as { qingduMenuClick: (i: object, t: object) => Promise<void> }).qingduMenuClick({ menuItemId: id }, { id: tab, index: 0 }),
    [item, tabId] as const,
  );
}

describe('convert anything', { timeout: 60_000 }, () => {
  it('converts what is pasted in the popup, with the script switch, and copies it', async () => {
    await resetSettings(h);
    const { page, popup } = await popupFor(h, FORM);
    await popup.locator('main[aria-busy="false"]').waitFor();
    expect(await popup.locator('.qd-convert-box').count()).toBe(0); // built only when opened
    await popup.locator('.qd-paste summary').click();
    const box = popup.locator('.qd-convert-box');
    await box.locator('textarea').first().fill('头发和后来');
    await box.locator('button[data-target="tw"]').click();
    await expect.poll(() => box.locator('textarea[readonly]').inputValue()).toBe('頭髮和後來');
    await box.locator('button[data-target="cn"]').click();
    await box.locator('textarea').first().fill('頭髮和後來');
    await expect.poll(() => box.locator('textarea[readonly]').inputValue()).toBe('头发和后来');
    await box.getByRole('button', { name: '複製' }).click();
    await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText())).toBe('头发和后来');
    await popup.screenshot({ path: join(SHOTS, 'popup-convert-text.png'), fullPage: true });
    await Promise.all([popup.close(), page.close()]); // one tab shows the form in the next tests
  });

  it('replaces a selection in a text field and in an editable area where it stands', async () => {
    await resetSettings(h);
    const page = await h.context.newPage();
    await page.goto(h.origin + FORM);
    await page.evaluate(() => {
      const f = document.getElementById('field') as HTMLTextAreaElement;
      f.focus();
      f.setSelectionRange(3, f.value.length); // all but 留言：
    });
    await menu(page, 'qingdu-convert-tw');
    expect(await page.locator('#field').inputValue()).toBe('留言：他說“頭髮要剪短”，後來才知道。');
    await page.evaluate(() => {
      const ed = document.getElementById('editor')!;
      ed.focus();
      const r = document.createRange();
      r.selectNodeContents(ed);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    });
    await menu(page, 'qingdu-convert-hk');
    expect(await page.locator('#editor').textContent()).toBe('編輯區：頭髮和後來。');
    expect(await page.locator('#text').textContent()).toBe('他说“头发要剪短”，后来才知道。'); // the rest of the page is untouched
    await page.close();
  });

  it('opens the Convert text page for a selection in page text, with quotes as the script writes them', async () => {
    await resetSettings(h);
    await h.worker.evaluate(() => chrome.storage.sync.set({ settings: { quotes: true } }));
    const page = await h.context.newPage();
    await page.goto(h.origin + FORM);
    await page.evaluate(() => {
      const r = document.createRange();
      r.selectNodeContents(document.getElementById('text')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    });
    const [tab] = await Promise.all([h.context.waitForEvent('page'), menu(page, 'qingdu-convert-tw')]);
    await tab.locator('.qd-convert-box textarea[readonly]').waitFor();
    expect(tab.url()).toContain('/convert.html?to=tw');
    expect(await tab.locator('.qd-convert-box textarea').first().inputValue()).toBe('他说“头发要剪短”，后来才知道。');
    await expect.poll(() => tab.locator('.qd-convert-box textarea[readonly]').inputValue()).toBe('他說「頭髮要剪短」，後來才知道。');
    await tab.screenshot({ path: join(SHOTS, 'convert-text-page.png') });
    // The selection is handed over once: the page opened again is empty.
    await tab.reload();
    await tab.locator('.qd-convert-box').waitFor();
    expect(await tab.locator('.qd-convert-box textarea').first().inputValue()).toBe('');
    await Promise.all([tab.close(), page.close()]);
    await resetSettings(h);
  });

  it('shows the article’s quotation marks as the script writes them when the setting is on', async () => {
    await resetSettings(h);
    await h.worker.evaluate(() => chrome.storage.sync.set({ settings: { quotes: true } }));
    const { page, popup } = await popupFor(h, SEED);
    await popup.locator('.qd-body').waitFor();
    expect(await popup.locator('.qd-body').textContent()).toContain('“三十工程”'); // the page's own marks in 原文
    await popup.locator('.qd-toolbar button[data-target="tw"]').click();
    await expect.poll(() => popup.locator('.qd-body').textContent()).toContain('「三十工程」');
    await popup.locator('.qd-toolbar button[data-target="cn"]').click();
    await expect.poll(() => popup.locator('.qd-body').textContent()).toContain('“三十工程”');
    await Promise.all([popup.close(), page.close()]);
    await resetSettings(h);
  });
});
