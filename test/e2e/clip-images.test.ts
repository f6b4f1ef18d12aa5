/**
 * A download that keeps its images, in the real browser: the images are read in the article's
 * own tab (a hotlink-guarded one, served only with the article as referrer, comes too),
 * embedded in the HTML clip or zipped with the Markdown, and the one it may not read is named.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { png } from '../helpers/png';
import { SHOTS, launch, popupFor, type Harness } from './harness';
import { PHOTO, PHOTO_PATH, PHOTO_STORY, hotlinkGuarded, photoStory } from './photo-story';

// The second photo is on another site (a CDN without CORS): the page shows it, but neither the
// page's script nor the extension (no access to that site) may read it.
const page = (port: string): string => photoStory(`<p><img src="http://localhost:${port}/img/cdn.png" alt="车间" width="600" height="400"></p>`);
let h: Harness;
const referrers: string[] = [];

beforeAll(async () => {
  h = await launch(
    {},
    {
      [PHOTO_STORY]: (res, req) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(req.headers.host!.split(':')[1]!)),
      '/img/cdn.png': (res) => res.writeHead(200, { 'content-type': 'image/png' }).end(png(600, 400, [200, 120, 40])),
      [PHOTO_PATH]: hotlinkGuarded(referrers),
    },
  );
});
afterAll(async () => {
  await h?.close();
});

describe('downloads with images', () => {
  it('embeds the page’s images in HTML and zips them with Markdown, naming the one that stays a link', async () => {
    const { page, popup } = await popupFor(h, PHOTO_STORY);
    await expect.poll(() => popup.locator('.qd-title').textContent(), { timeout: 15_000 }).toBe('茶园里的新产业链');
    // Offered for HTML and Markdown only.
    await popup.locator('.qd-clip select').selectOption('bibtex');
    expect(await popup.getByLabel('附圖片').count()).toBe(0);
    await popup.locator('.qd-clip select').selectOption('html');
    await popup.getByLabel('附圖片').check();
    const [html] = await Promise.all([popup.waitForEvent('download'), popup.locator('.qd-clip button', { hasText: '下載' }).click()]);
    expect(html.suggestedFilename()).toBe('茶园里的新产业链.html');
    const doc = readFileSync(await html.path(), 'utf8');
    expect(doc).toContain(`src="data:image/png;base64,${PHOTO.toString('base64')}"`);
    const cdn = h.origin.replace('127.0.0.1', 'localhost');
    expect(doc).toContain(`src="${cdn}/img/cdn.png"`);
    await expect
      .poll(() => popup.locator('.qd-clip-status').textContent())
      .toBe(`已儲存 茶园里的新产业链.html（含 1 張圖片）；1 張圖片仍是網站上的連結：沒有 ${cdn.slice(7)} 的存取權限`);
    expect(referrers.at(-1)).toBe(h.origin + PHOTO_STORY);
    await popup.locator('.qd-clip').screenshot({ path: join(SHOTS, 'popup-clip-with-images.png') });

    await popup.locator('.qd-clip select').selectOption('md');
    const [zip] = await Promise.all([popup.waitForEvent('download'), popup.locator('.qd-clip button', { hasText: '下載' }).click()]);
    expect(zip.suggestedFilename()).toBe('茶园里的新产业链.zip');
    const files = unzipSync(new Uint8Array(readFileSync(await zip.path())));
    expect(Object.keys(files)).toEqual(['茶园里的新产业链.md', 'images/01.png']);
    expect(Buffer.from(files['images/01.png']!)).toEqual(PHOTO);
    const md = strFromU8(files['茶园里的新产业链.md']!);
    expect(md).toContain('![茶园](images/01.png)');
    expect(md).toContain(`![车间](${cdn}/img/cdn.png)`);
    await Promise.all([page.close(), popup.close()]);
  });
});
