/**
 * Long pages in the real popup: 21,000 paragraphs standing straight in <body>, and a novel's
 * chapter of 36,000 lines between <br>s. Over 20,000 elements the pipeline reads only the body
 * the detector found; when that body is the page itself, it used to try to put <body> inside
 * itself ("replaceChildren … contains the parent") and the popup showed an error.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, popupFor, type Harness } from './harness';

const LINE = '市委书记实地调研部分重点项目建设，强调要坚持项目为王、实干为要，强化责任意识和效率观念，推动项目建设提质增效。';
const PAGES = {
  '/long/paragraphs.htm': `<html lang="zh-CN"><head><title>长文_某网</title></head><body><h1>长文</h1>${Array.from({ length: 21_000 }, (_, i) => `<p>第${i}段。${LINE}</p>`).join('')}</body></html>`,
  '/long/novel.htm': `<html lang="zh-CN"><head><title>第一章_某小说网</title></head><body><h1>第一章</h1>${Array.from({ length: 36_000 }, (_, i) => `\u3000\u3000第${i}行。${LINE}<br><br>`).join('')}</body></html>`,
};
let h: Harness;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qingdu-long-'));
  const routes: Record<string, string> = {};
  for (const [path, html] of Object.entries(PAGES)) {
    const file = join(dir, path.replace(/\W+/g, '-') + '.html');
    writeFileSync(file, html);
    routes[path] = file;
  }
  h = await launch(routes);
});
afterAll(async () => {
  await h?.close();
});

describe('long pages in the popup', () => {
  it.each([
    ['/long/paragraphs.htm', '长文', '第20999段。'],
    ['/long/novel.htm', '第一章', '第35999行。'],
  ])('%s is read whole', async (path, title, last) => {
    const { page, popup } = await popupFor(h, path);
    await popup.locator('.qd-title').waitFor({ timeout: 90_000 });
    expect(await popup.locator('.qd-title').textContent()).toBe(title);
    // The popup paints the first 200 KB; "show the rest" paints it all.
    await popup.locator('.qd-more button').click();
    await expect.poll(() => popup.locator('.qd-body').innerText(), { timeout: 30_000 }).toContain(last);
    await Promise.all([page.close(), popup.close()]);
  });
});
