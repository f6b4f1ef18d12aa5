/**
 * Highlights and notes in the real browser, as a reader makes them: select text in 繁體 with
 * Taiwan phrases (内存 is shown as 記憶體, a longer word), highlight it and write a note; the
 * highlight stays on the same words in every script and after the reader is reopened, the note
 * goes into the copied Markdown, a click on the highlight opens its note, and it is cleared in
 * the reader or in Settings. Screenshots go to test-results/screenshots.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, readChecks } from '../helpers/fixtures';
import { SHOTS, axeProblems, launch, popupFor, readInPopup, type Harness } from './harness';
import { paintedHighlights, selectInBody } from './in-page';

const PATH = '/politics/2024-05/08/c_1130000001.htm';
const checks = readChecks('cn-xinhua');
// The Xinhua fixture with a sentence whose words Taiwan's phrase table changes (内存 → 記憶體, 软件 → 軟體).
const PAGE = readFileSync(join(FIXTURES, 'cn-xinhua/source.html'), 'utf8').replace('及时发布预警信息，', '及时发布预警信息，机房内存与软件也要检查，');
let h: Harness;
let tabId: number;
let url: string;

beforeAll(async () => {
  h = await launch({ [PATH]: PAGE });
  await h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // 繁體 with Taiwan's phrases.
  await h.worker.evaluate(() => chrome.storage.sync.set({ settings: { phrases: true, at: Date.now() } }));
  url = h.origin + PATH;
  tabId = await readInPopup(h, PATH);
});
afterAll(async () => {
  await h?.close();
});

async function openReader(): Promise<Page> {
  const reader = await h.context.newPage();
  await reader.setViewportSize({ width: 1100, height: 800 });
  await reader.goto(`chrome-extension://${h.extensionId}/reader.html?tab=${tabId}&url=${encodeURIComponent(url)}`);
  await expect.poll(() => reader.locator('.qd-title').textContent(), { timeout: 15_000 }).toBe(checks.title);
  return reader;
}

const selectText = (page: Page, text: string) => page.evaluate(selectInBody, text);
const painted = (page: Page) => page.evaluate(paintedHighlights);

const stored = () =>
  h.worker.evaluate(async (key) => (await chrome.storage.local.get(key))[key] as { items: { quote: string; note: string }[] } | undefined, `highlights:${url}`);

describe('highlights and notes', () => {
  it('are made on converted text, anchored in the original, shown in every script and again on reopening, and clipped', async () => {
    const reader = await openReader();
    await reader.locator('.qd-switch [data-target="tw"]').click();
    await expect.poll(() => reader.locator('.qd-body').textContent()).toContain('機房記憶體與軟體也要檢查');

    expect(await selectText(reader, '記憶體與軟體')).toBe(true);
    await reader.locator('.qd-hl-bar').screenshot({ path: join(SHOTS, 'highlight-bar.png') });
    await reader.locator('.qd-hl-add-note').click();
    await expect.poll(() => reader.evaluate(() => document.activeElement?.className)).toBe('qd-hl-note');
    await reader.keyboard.type('查核：機房設備');
    await reader.locator('.qd-hl-card').screenshot({ path: join(SHOTS, 'highlight-card.png') });
    await reader.screenshot({ path: join(SHOTS, 'reader-highlight-tw.png') });
    // The card, the list and the painted words pass axe-core, in light and dark.
    expect(await axeProblems(reader)).toEqual([]);
    await reader.emulateMedia({ colorScheme: 'dark' });
    await reader.screenshot({ path: join(SHOTS, 'reader-highlight-dark.png') });
    expect(await axeProblems(reader)).toEqual([]);
    await reader.emulateMedia({ colorScheme: 'light' });
    // Esc closes the note, not the reader.
    await reader.keyboard.press('Escape');
    expect(await reader.locator('.qd-hl-card').count()).toBe(0);
    expect(reader.isClosed()).toBe(false);

    expect((await painted(reader)).texts).toEqual(['記憶體與軟體']);
    await expect.poll(stored).toEqual(expect.objectContaining({ items: [expect.objectContaining({ quote: '内存与软件', note: '查核：機房設備' })] }));
    expect(await reader.locator('.qd-highlights li').allTextContents()).toEqual(['記憶體與軟體查核：機房設備']);

    // The same words in every script.
    await reader.locator('.qd-switch [data-target="original"]').click();
    await expect.poll(async () => (await painted(reader)).texts).toEqual(['内存与软件']);
    await reader.locator('.qd-switch [data-target="hk"]').click();
    await expect.poll(async () => (await painted(reader)).texts).toEqual(['內存與軟件']);

    // Copied Markdown in 台灣: the highlight marked, the note a footnote.
    await reader.locator('.qd-switch [data-target="tw"]').click();
    await expect.poll(async () => (await painted(reader)).texts).toEqual(['記憶體與軟體']);
    await reader.locator('.qd-clip button', { hasText: '複製' }).click();
    await expect.poll(() => reader.evaluate(() => navigator.clipboard.readText())).toContain('==記憶體與軟體==[^1]');
    expect(await reader.evaluate(() => navigator.clipboard.readText())).toContain('[^1]: 查核：機房設備');
    await reader.close();

    // Reopened: painted again, the note listed.
    const again = await openReader();
    await expect.poll(async () => (await painted(again)).texts).toEqual(['記憶體與軟體']);
    expect(await again.locator('.qd-hl-note-text').textContent()).toBe('查核：機房設備');

    // The popup shows it too, in the script chosen for the site.
    const { page, popup } = await popupFor(h, PATH);
    await expect.poll(async () => (await painted(popup)).texts, { timeout: 15_000 }).toEqual(['記憶體與軟體']);
    await popup.screenshot({ path: join(SHOTS, 'popup-highlight.png'), fullPage: true });
    await Promise.all([page.close(), popup.close()]);

    // A click on the highlight opens its note; removing it forgets it.
    const { box } = await painted(again);
    await again.mouse.click(box!.x, box!.y);
    await expect.poll(() => again.locator('.qd-hl-note').inputValue()).toBe('查核：機房設備');
    await again.locator('.qd-hl-remove').click();
    await expect.poll(async () => (await painted(again)).texts).toEqual([]);
    await expect.poll(stored).toBeUndefined();
    expect(await again.locator('.qd-highlights').count()).toBe(0);
    await again.close();
  });

  it('H highlights the selection; Settings lists the article and clears it', async () => {
    const reader = await openReader();
    // The reader opens in the site's script (台灣, chosen above): select once it is on screen
    // (converting replaces the text a selection is in).
    await expect.poll(() => reader.locator('.qd-title').textContent()).toContain('啟動');
    await reader.locator('.qd-switch[aria-busy="false"]').waitFor();
    expect(await selectText(reader, '水利部要求')).toBe(true);
    await reader.keyboard.press('h');
    await expect.poll(async () => (await painted(reader)).texts).toEqual(['水利部要求']);
    await expect.poll(async () => (await stored())?.items.length).toBe(1);

    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    const entry = options.locator('.qd-highlighted li');
    await expect.poll(() => entry.textContent()).toContain(checks.title);
    expect(await entry.textContent()).toContain('1 個劃線');
    await options.locator('.qd-highlighted').screenshot({ path: join(SHOTS, 'options-highlights.png') });
    await entry.locator('button').click();
    await expect.poll(() => options.locator('.qd-highlighted li').count()).toBe(0);
    await expect.poll(stored).toBeUndefined();
    await options.close();

    // The reader that made it shows it until reopened; reopened, there is none.
    await reader.close();
    const again = await openReader();
    expect((await painted(again)).texts).toEqual([]);
    await again.close();
  });
});
