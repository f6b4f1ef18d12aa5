/**
 * Whole articles in the real browser: the popup shows the first page at once, says which page
 * is on its way, joins the following pages read in the article's own tab, and hands the whole
 * article to the reader tab; a page that fails is named with a link; with joining off, the
 * reader learns that more pages exist. Pages are the GB2312 fixture test/pages/cn-three-pages,
 * served with their charset.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, launch, popupFor, resetSettings, servedAs, type Harness } from './harness';

const DIR = 'test/pages/cn-three-pages';
const ORIGINAL = ['清晨六点，东山村的茶园里', '品牌打响了，销路怎么拓', '茶叶带火了乡村旅游'];
const gbk = (file: string, delay = 0) => servedAs(join(DIR, file), 'gbk', delay);
let h: Harness;

beforeAll(async () => {
  h = await launch(
    {},
    {
      '/a/88.html': gbk('88.html'),
      '/a/88_2.html': gbk('88_2.html'),
      // Slow enough to see the popup say which page is on its way.
      '/a/88_3.html': gbk('88_3.html', 1500),
      '/b/88.html': gbk('88.html'),
      '/b/88_2.html': gbk('88_2.html'),
      '/b/88_3.html': (res) => res.writeHead(404).end(),
      '/c/88.html': gbk('88.html'),
    },
  );
});
afterAll(async () => {
  await h?.close();
});

const count = (text: string, part: string): number => text.split(part).length - 1;

describe('whole articles', { timeout: 90_000 }, () => {
  it('shows page 1 at once, says which page is coming, and joins all three', async () => {
    await resetSettings(h);
    const { popup, tabId } = await popupFor(h, '/a/88.html');
    await expect.poll(() => popup.locator('.qd-pages[role="status"]').textContent(), { timeout: 10_000 }).toBe('正在載入第 3 / 3 頁…');
    // Page 1 is already on screen while the rest load.
    expect(await popup.locator('.qd-body').textContent()).toContain(ORIGINAL[0]);
    await popup.locator('.qd-pages[role="note"]').waitFor({ timeout: 15_000 });
    expect(await popup.locator('.qd-pages').textContent()).toBe('本文共 3 頁，已全部接在上面。');
    const body = (await popup.locator('.qd-body').textContent())!;
    for (const p of ORIGINAL) expect(count(body, p)).toBe(1);
    expect(count(body, '编者按：五一前夕')).toBe(1);
    expect(await popup.locator('.qd-body hr[data-qd-page]').evaluateAll((els) => els.map((e) => e.getAttribute('data-qd-page')))).toEqual(['2', '3']);
    expect(await popup.locator('.qd-credits').textContent()).toContain('李强');
    await popup.screenshot({ path: join(SHOTS, 'popup-whole-article.png'), fullPage: true });
    // The reader tab opened from here gets the whole article without reading the pages again.
    const [reader] = await Promise.all([h.context.waitForEvent('page'), popup.getByRole('button', { name: '全頁閱讀' }).click()]);
    await reader.locator('.qd-body').waitFor();
    expect(reader.url()).toContain(`tab=${tabId}`);
    const whole = (await reader.locator('.qd-body').textContent())!;
    for (const p of ORIGINAL) expect(count(whole, p)).toBe(1);
    expect(await reader.locator('.qd-pages').textContent()).toBe('本文共 3 頁，已全部接在上面。');
    await reader.locator('.qd-body hr[data-qd-page="2"]').scrollIntoViewIfNeeded();
    await reader.screenshot({ path: join(SHOTS, 'reader-whole-article.png') });
    await reader.close();
  });

  it('names a page that failed, with a link, and keeps the pages before it', async () => {
    await resetSettings(h);
    const { popup } = await popupFor(h, '/b/88.html');
    const note = popup.locator('.qd-pages[role="note"]');
    await note.waitFor({ timeout: 15_000 });
    expect(await note.textContent()).toBe('第 3 頁無法載入（HTTP 404），只顯示了前 2 頁。 開啟第 3 頁');
    expect(await note.locator('a').getAttribute('href')).toBe(`${h.origin}/b/88_3.html`);
    expect(await popup.locator('.qd-body').textContent()).toContain(ORIGINAL[1]);
  });

  it('opened on page 2, joins page 3 and says which pages these are', async () => {
    await resetSettings(h);
    const { popup } = await popupFor(h, '/a/88_2.html');
    const note = popup.locator('.qd-pages[role="note"]');
    await note.waitFor({ timeout: 15_000 });
    expect(await note.textContent()).toBe('顯示的是第 2–3 頁（共 3 頁）。');
    const body = (await popup.locator('.qd-body').textContent())!;
    expect(body).not.toContain(ORIGINAL[0]);
    for (const p of ORIGINAL.slice(1)) expect(count(body, p)).toBe(1);
    expect(await popup.locator('.qd-body hr[data-qd-page]').evaluateAll((els) => els.map((e) => e.getAttribute('data-qd-page')))).toEqual(['3']);
  });

  it('with joining off, shows this page and says more pages exist', async () => {
    await resetSettings(h);
    await h.worker.evaluate(() => chrome.storage.sync.set({ settings: { joinPages: false } }));
    const { popup } = await popupFor(h, '/c/88.html');
    const note = popup.locator('.qd-pages[role="note"]');
    await note.waitFor({ timeout: 15_000 });
    expect(await note.textContent()).toBe('本文共 3 頁，這是第 1 頁。 開啟第 2 頁');
    expect(await note.locator('a').getAttribute('href')).toBe(`${h.origin}/c/88_2.html`);
    expect(await popup.locator('.qd-body').textContent()).not.toContain(ORIGINAL[1]);
    await resetSettings(h);
  });
});
