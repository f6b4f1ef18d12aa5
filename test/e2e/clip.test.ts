/**
 * Clipping in the real browser: copy a Markdown clip to the clipboard (button and the C key),
 * download a BibTeX file, and clip a selection with the page's metadata.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readChecks } from '../helpers/fixtures';
import { SEED, launchSeed, popupFor, tabIdOf, type Harness } from './harness';

const checks = readChecks('cn-jiaozuo-legacy');
let h: Harness;

beforeAll(async () => {
  h = await launchSeed();
});
afterAll(async () => {
  await h?.close();
});

describe('clips in the popup', () => {
  it('copies Markdown (in the chosen script) and downloads BibTeX', async () => {
    const { page, popup } = await popupFor(h, SEED);
    await expect.poll(() => popup.locator('.qd-title').textContent(), { timeout: 15_000 }).toBe(checks.title);

    await popup.locator('button[data-target="cn"]').click();
    await expect.poll(() => popup.locator('.qd-body').getAttribute('lang')).toBe('zh-Hans');
    await popup.locator('.qd-clip button', { hasText: '複製' }).click();
    await expect.poll(() => popup.locator('.qd-clip-status').textContent()).toBe('已複製 Markdown');
    const md = await popup.evaluate(() => navigator.clipboard.readText());
    const front = parseYaml(md.split(/^---$/m)[1]!) as Record<string, unknown>;
    expect(front).toMatchObject({ title: '精准破解难题 优化服务保障 凝心聚力推动项目建设提质增效', source: '焦作日报', script: 'cn', lang: 'zh-Hans' });
    expect(front.credits).toMatchObject({ 责编: ['刘佳'] });
    expect(md).toContain('市领导惠康、董炳麓参加调研。');

    // The C key copies Markdown too (here after switching back to the original script).
    await popup.locator('button[data-target="original"]').click();
    await popup.evaluate(() => navigator.clipboard.writeText(''));
    await popup.locator('.qd-title').click();
    await popup.keyboard.press('c');
    await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText())).toContain('市領導惠康、董炳麓參加調研。');

    // Plain text without its provenance header.
    await popup.locator('.qd-clip select').selectOption('text');
    await popup.locator('.qd-clip-option input').uncheck();
    await popup.locator('.qd-clip button', { hasText: '複製' }).click();
    await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText())).toMatch(/^4月22日,市委書記/);

    await popup.locator('.qd-clip select').selectOption('bibtex');
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.locator('.qd-clip button', { hasText: '下載' }).click()]);
    expect(download.suggestedFilename()).toBe(`2024-04-23 ${checks.title}.bib`);
    const bib = readFileSync(await download.path(), 'utf8');
    expect(bib).toMatch(/^@article\{127\d*2024[a-z0-9]{4},/); // the site, the year, a tag of the address
    expect(bib).toContain(`title = {{${checks.title}}}`);
    expect(bib).toContain('author = {{翟倩倩} and {焦嬌}}');
    await Promise.all([page.close(), popup.close()]);
  });
});

describe('clips of what is on screen', () => {
  it('hold a removed block the reader restored', async () => {
    const { page, popup } = await popupFor(h, SEED);
    await expect.poll(() => popup.locator('.qd-title').textContent(), { timeout: 15_000 }).toBe(checks.title);
    await popup.locator('.qd-removed summary').click();
    const row = popup.locator('.qd-removed li', { hasText: '免責聲明' });
    await row.locator('.qd-restore').click();
    await expect.poll(() => popup.locator('.qd-body .qd-restored').count()).toBe(1);
    await popup.locator('.qd-clip button', { hasText: '複製' }).click();
    await expect.poll(() => popup.locator('.qd-clip-status').textContent()).toBe('已複製 Markdown');
    const md = await popup.evaluate(() => navigator.clipboard.readText());
    expect(md).toContain('焦作網免責聲明');
    // Where it was: after the article's last paragraph.
    expect(md.indexOf('焦作網免責聲明')).toBeGreaterThan(md.indexOf('市領導惠康、董炳麓參加調研。'));
    await Promise.all([page.close(), popup.close()]);
  });
});

describe('clip selection', () => {
  it('cleans just the selected paragraphs and keeps the page metadata', async () => {
    const page = await h.context.newPage();
    await page.goto(h.origin + SEED);
    const tabId = await tabIdOf(h, h.origin + SEED);
    // The legacy page writes paragraphs as text between <br>s: select the 2nd and 3rd.
    const picked = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const texts: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n.nodeValue ?? '').includes('李亦博')) texts.push(n as Text);
      const range = document.createRange();
      range.setStart(texts[1]!, 0);
      range.setEnd(texts[2]!, texts[2]!.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return [texts[1]!.nodeValue!.trim().slice(0, 20), texts[0]!.nodeValue!.trim().slice(0, 20)];
    });
    const result = await h.worker.evaluate(
      async (id) => (await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/selection.js'] }))[0]!.result,
      tabId,
    );
    const { ok, article } = result as { ok: boolean; article: { isArticle: boolean; title: string; publishedTime: string; text: string; source: string } };
    expect(ok, JSON.stringify(result).slice(0, 300)).toBe(true);
    expect(article).toMatchObject({ isArticle: true, title: checks.title, publishedTime: '2024-04-23T08:35:00+08:00', source: '焦作日報' });
    expect(article.text).toContain(picked[0]);
    expect(article.text).not.toContain(picked[1]);
    await page.close();
  });
});
