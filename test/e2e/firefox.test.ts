/**
 * The popup and reader smoke tests in real Firefox (firefox-esr over WebDriver BiDi): the seed
 * page read clean, the script switch, a Markdown clip copied, the reader tab, an English page
 * keeping its language, and a hostile page inert. Screenshots in 繁體 and 简体, light and dark.
 */
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { FIXTURES, readChecks } from '../helpers/fixtures';
import { startFakeZotero } from './fake-zotero';
import { SHOTS, servedAs } from './harness';
import { paintedHighlights, selectInBody } from './in-page';
import { PHOTO_PATH, PHOTO_STORY, PHOTO_TITLE, hotlinkGuarded, photoStory } from './photo-story';
import { launchFirefox, openExtensionPage, popupFor, until, type FirefoxHarness } from './firefox/harness';

const SEED = '/news/2024-04/23/content_1.htm';
const ENGLISH = '/en/2024/05/08/story.html';
const HOSTILE = '/hostile/event-handlers.html';
const PAGED = 'test/pages/cn-three-pages';
const FIRST = '市委书记实地调研部分重点项目建设';
const checks = readChecks('cn-jiaozuo-legacy');
let h: FirefoxHarness;
const photoReferrers: string[] = [];

beforeAll(async () => {
  h = await launchFirefox(
    {
      [SEED]: join(FIXTURES, 'cn-jiaozuo-legacy/source.html'),
      [ENGLISH]: join(FIXTURES, 'en-news/source.html'),
      [HOSTILE]: join(FIXTURES, 'hostile/event-handlers.html'),
    },
    {
      ...Object.fromEntries(['88.html', '88_2.html', '88_3.html'].map((f) => [`/a/${f}`, servedAs(join(PAGED, f), 'gbk')])),
      [PHOTO_STORY]: (res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(photoStory()),
      [PHOTO_PATH]: hotlinkGuarded(photoReferrers),
    },
  );
});
afterAll(async () => {
  await h?.close();
});

const text = (view: Page, selector: string): Promise<string> => view.$eval(selector, (e) => (e as HTMLElement).innerText);
const attr = (view: Page, selector: string, name: string): Promise<string | null> => view.$eval(selector, (e, n) => e.getAttribute(n), name);
/** A background dark enough for light text: every channel below 80. */
const dark = (css: string): boolean => (css.match(/\d+/g) ?? ['255']).slice(0, 3).every((c) => Number(c) < 80);
const count = (hay: string, needle: string): number => hay.split(needle).length - 1;

describe('Firefox: the popup on the seed page', () => {
  it('shows the clean article, switches to 简体 and back, and copies Markdown', async () => {
    const { page, popup } = await popupFor(h, SEED);
    await until(
      () => text(popup, '.qd-title'),
      (t) => t === checks.title,
    );
    const body = (await text(popup, '.qd-body')).replace(/\n+/g, '\n');
    for (const p of checks.once!) expect(count(body, p), p).toBe(1);
    for (const bad of checks.absent!.filter((s) => s !== '<img')) expect(body).not.toContain(bad);
    expect(await popup.$$eval('.qd-body img', (imgs) => imgs.length)).toBe(0);
    expect(await popup.$$eval('.qd-credits > div', (ds) => ds.map((d) => d.textContent))).toEqual(
      checks.credits!.map(([role, names]) => role + names.join('、')),
    );
    expect(await attr(popup, '.qd-body', 'lang')).toBe('zh-Hant');
    await popup.screenshot({ path: join(SHOTS, 'firefox-popup-original.png') });

    await popup.click('button[data-target="cn"]');
    await until(
      () => text(popup, '.qd-title'),
      (t) => t === '精准破解难题 优化服务保障 凝心聚力推动项目建设提质增效',
    );
    expect(await text(popup, '.qd-body')).toContain('市领导惠康、董炳麓参加调研。');
    expect(await attr(popup, '.qd-body', 'lang')).toBe('zh-Hans');
    expect(await popup.$eval('.qd-body p', (p) => getComputedStyle(p).fontFamily)).toContain('Noto Sans CJK SC');
    await popup.screenshot({ path: join(SHOTS, 'firefox-popup-simplified.png') });

    // Copy writes the Markdown clip, in the script on screen, to the clipboard.
    await popup.click('.qd-clip button.qd-action');
    await until(
      () => text(popup, '.qd-clip-status'),
      (s) => s.length > 0,
    );
    const md = await popup.evaluate(() => navigator.clipboard.readText());
    const front = parseYaml(md.split(/^---$/m)[1]!) as Record<string, unknown>;
    expect(front).toMatchObject({ title: '精准破解难题 优化服务保障 凝心聚力推动项目建设提质增效', source: '焦作日报', script: 'cn', lang: 'zh-Hans' });
    expect(md).toContain('市领导惠康、董炳麓参加调研。');

    await popup.click('button[data-target="original"]');
    await until(
      () => text(popup, '.qd-title'),
      (t) => t === checks.title,
    );
    expect((await text(popup, '.qd-body')).replace(/\n+/g, '\n')).toBe(body);
    expect(await popup.$eval('.qd-body p', (p) => getComputedStyle(p).fontFamily)).toContain('Noto Sans CJK TC');

    await Promise.all([page.close(), popup.close()]);
  });

  it('the reader tab shows the article the popup read', async () => {
    const { page, popup, tabId } = await popupFor(h, SEED);
    await until(
      () => text(popup, '.qd-title'),
      (t) => t === checks.title,
    );
    const reader = await openExtensionPage(h, `reader.html?tab=${tabId}`, 1280);
    await until(
      () => text(reader, '.qd-title'),
      (t) => t === checks.title,
    );
    expect(await reader.title()).toBe(`${checks.title} · 清讀`);
    expect(await text(reader, '.qd-body')).toContain('市領導惠康、董炳麓參加調研。');
    await reader.screenshot({ path: join(SHOTS, 'firefox-reader.png') });
    await reader.click('button[data-target="cn"]');
    await until(
      () => attr(reader, '.qd-body', 'lang'),
      (l) => l === 'zh-Hans',
    );
    await reader.click('.qd-controls summary');
    await reader.click('[data-theme-choice="dark"]');
    await until(() => reader.evaluate(() => getComputedStyle(document.body).backgroundColor), dark);
    await reader.screenshot({ path: join(SHOTS, 'firefox-reader-simplified-dark.png') });
    await reader.click('[data-theme-choice="system"]');
    await reader.click('.qd-controls summary');
    await reader.click('button[data-target="original"]');
    await until(
      () => attr(reader, '.qd-body', 'lang'),
      (l) => l === 'zh-Hant',
    );
    await Promise.all([page.close(), popup.close(), reader.close()]);
  });
});

describe('Firefox: settings', () => {
  it('a script switched back within the second is kept when the popup closes at once', async () => {
    const { page, popup } = await popupFor(h, SEED);
    await until(
      () => text(popup, '.qd-title'),
      (t) => t === checks.title,
    );
    await popup.click('button[data-target="hk"]');
    await popup.click('button[data-target="original"]');
    await popup.close();
    const options = await openExtensionPage(h, 'options.html');
    const read = () => options.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.get('sites'));
    expect(await until(read, (s) => JSON.stringify(s).includes('original'), 5_000)).toEqual({ sites: { '127.0.0.1': 'original' } });
    await Promise.all([page.close(), options.close()]);
  });
});

describe('Firefox: keyboard commands', () => {
  it('binds Alt+Shift+R to the toolbar button, and Settings list every command', async () => {
    const options = await openExtensionPage(h, 'options.html', 800);
    const rows = await until(
      () => options.$$eval('.qd-shortcuts div', (ds) => ds.map((d) => [d.getAttribute('data-command'), d.querySelector('kbd')?.textContent ?? ''])),
      (r) => r.length === 6,
    );
    expect(Object.fromEntries(rows)).toMatchObject({ _execute_browser_action: 'Alt+Shift+R', 'read-in-tab': '', 'copy-markdown': '' });
    expect(await options.$('#shortcut-taken')).toBeNull();
    await options.close();
  });
});

describe('Firefox: other pages', () => {
  it('an English article keeps its own language', async () => {
    const { page, popup } = await popupFor(h, ENGLISH);
    await until(() => popup.$('.qd-title').then((e) => e !== null), Boolean);
    expect(await attr(popup, '.qd-body', 'lang')).toMatch(/^en\b/);
    // The reader's last theme change (back to 自動, within a second of the one before, the tab
    // closed at once) was kept: the popup follows the system again.
    expect(await popup.evaluate(() => document.documentElement.dataset.theme ?? 'system')).toBe('system');
    await popup.screenshot({ path: join(SHOTS, 'firefox-popup-english.png') });
    await Promise.all([page.close(), popup.close()]);
  });

  it('a hostile page is read without running any of its script', async () => {
    const { page, popup } = await popupFor(h, HOSTILE);
    await until(
      () => text(popup, '.qd-body'),
      (t) => t.includes(FIRST),
    );
    await popup.hover('.qd-body');
    await new Promise((r) => setTimeout(r, 300));
    expect(await popup.evaluate(() => (window as unknown as { __qd_pwned?: unknown }).__qd_pwned)).toBeUndefined();
    await Promise.all([page.close(), popup.close()]);
  });
});

describe('Firefox: an article split over pages', () => {
  it('joins the following pages, read in the article’s own tab', async () => {
    const { page, popup } = await popupFor(h, '/a/88.html');
    await until(
      () => text(popup, '.qd-pages'),
      (t) => t === 'All 3 pages of this article are joined above.',
    );
    const body = await text(popup, '.qd-body');
    for (const p of ['清晨六点，东山村的茶园里', '品牌打响了，销路怎么拓', '茶叶带火了乡村旅游']) expect(count(body, p), p).toBe(1);
    expect(await popup.$$eval('.qd-body hr[data-qd-page]', (hrs) => hrs.map((e) => e.getAttribute('data-qd-page')))).toEqual(['2', '3']);
    await popup.screenshot({ path: join(SHOTS, 'firefox-popup-whole-article.png') });
    await popup.close();
    await page.close();
  });
});

describe('Firefox: convert anything', () => {
  it('converts text pasted in the popup', async () => {
    const { page, popup } = await popupFor(h, SEED);
    await popup.waitForSelector('.qd-body');
    await popup.click('.qd-paste summary');
    await popup.waitForSelector('.qd-convert-box textarea');
    await popup.type('.qd-convert-box textarea', '头发和后来');
    await popup.click('.qd-convert-box button[data-target="tw"]');
    await until(
      () => popup.$eval('.qd-convert-box textarea[readonly]', (e) => e.value),
      (v) => v === '頭髮和後來',
    );
    await popup.close();
    await page.close();
  });
});

describe('Firefox: your sites, automatic', () => {
  it('converts a chosen site’s page by itself once ticked, and stops when unticked', async () => {
    const { page, popup } = await popupFor(h, SEED);
    await popup.waitForSelector('.qd-title');
    await popup.click('.qd-toolbar button[data-target="cn"]');
    await popup.click('input[name="auto-convert"]');
    await until(
      () => popup.$eval('input[name="auto-convert"]', (e) => e.checked),
      (on) => on,
    );
    await page.close();
    const again = await h.browser.newPage();
    await again.goto(h.origin + SEED);
    await until(
      () => text(again, 'body'),
      (t) => t.includes('市领导惠康、董炳麓参加调研。'),
    );
    await again.close();
    await popup.click('input[name="auto-convert"]'); // unticked: the site's pages stay as they are
    await until(
      () => popup.$eval('input[name="auto-convert"]', (e) => e.checked),
      (on) => !on,
    );
    await popup.click('.qd-toolbar button[data-target="original"]');
    await popup.close();
    const plain = await h.browser.newPage();
    await plain.goto(h.origin + SEED);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await text(plain, 'body')).toContain(checks.once![0]!); // the page's own Traditional text
    await plain.close();
  });
});

describe('Firefox: remove a block', () => {
  it('removes a picked paragraph and Restore undoes it', async () => {
    const last = '市領導惠康、董炳麓參加調研。';
    const { page, popup } = await popupFor(h, SEED);
    await popup.waitForSelector('.qd-body');
    await popup.click('.qd-pick');
    const target = await popup.evaluateHandle((t) => [...document.querySelectorAll('.qd-body p')].find((p) => p.textContent?.includes(t)), last);
    await (target as unknown as { click(): Promise<void> }).click();
    await until(
      () => text(popup, '.qd-body'),
      (t) => !t.includes(last),
    );
    await popup.click('.qd-pick');
    await popup.click('.qd-removed summary');
    await popup.evaluate(() => {
      const rows = [...document.querySelectorAll('.qd-removed li')];
      (rows.at(-1)!.querySelector('.qd-restore') as HTMLButtonElement).click();
    });
    await until(
      () => text(popup, '.qd-body'),
      (t) => t.includes(last),
    );
    await popup.close();
    await page.close();
  });
});

describe('Firefox: send to Zotero', () => {
  it('asks for nothing more than the click, and hands Zotero the item and its snapshot', async () => {
    const zotero = await startFakeZotero();
    try {
      const { page, popup } = await popupFor(h, SEED);
      await until(
        () => text(popup, '.qd-title'),
        (t) => t === checks.title,
      );
      await popup.click('.qd-to-zotero');
      await until(
        () => text(popup, '.qd-clip-status'),
        (t) => t === 'Sent to Zotero, with the clean text attached',
      );
      expect(zotero.received.map((r) => r.path.replace(/sessionID=[^&]+/, 'sessionID=S'))).toEqual([
        '/connector/ping',
        '/connector/saveItems',
        '/connector/saveAttachment?sessionID=S',
      ]);
      const item = (JSON.parse(zotero.received[1]!.body) as { items: { title: string; creators: unknown[] }[] }).items[0]!;
      expect(item.title).toBe(checks.title);
      expect(item.creators).toHaveLength(2);
      expect(zotero.received[2]!.body).toContain('市領導惠康、董炳麓參加調研。');
      await Promise.all([page.close(), popup.close()]);
    } finally {
      await zotero.close();
    }
  });
});

describe('Firefox: highlights', () => {
  // Firefox 140+ has the CSS Custom Highlight API.
  const painted = async (view: Page): Promise<string[]> => (await view.evaluate(paintedHighlights)).texts;

  it('are painted on the selected words, follow the script, come back in the next popup, and are cleared', async () => {
    const words = '市領導惠康';
    const { page, popup } = await popupFor(h, SEED);
    await popup.waitForSelector('.qd-body');
    expect(await popup.evaluate(selectInBody, words)).toBe(true);
    await popup.waitForSelector('.qd-hl-add');
    await popup.click('.qd-hl-add');
    await until(
      () => painted(popup),
      (p) => p.join() === words,
    );
    await popup.click('button[data-target="cn"]');
    await until(
      () => painted(popup),
      (p) => p.join() === '市领导惠康',
    );
    await popup.close();

    const again = await popupFor(h, SEED);
    await until(
      () => painted(again.popup),
      (p) => p.length === 1,
    );
    // The site's script was remembered: the list shows the words in 简体.
    expect(await text(again.popup, '.qd-highlights li')).toBe('市领导惠康');
    await again.popup.click('.qd-hl-clear');
    await again.popup.click('.qd-hl-clear-sure');
    await until(
      () => painted(again.popup),
      (p) => p.length === 0,
    );
    expect(await again.popup.evaluate(async () => Object.keys(await browser.storage.local.get(null)).filter((k) => k.startsWith('highlights:')))).toEqual([]);
    await Promise.all([page.close(), again.page.close(), again.popup.close()]);
  });
});

describe('Firefox: a download with its images', () => {
  it('reads a hotlink-guarded photo in the article’s own tab and keeps it', async () => {
    const { page, popup } = await popupFor(h, PHOTO_STORY);
    await until(
      () => text(popup, '.qd-title'),
      (t) => t === PHOTO_TITLE,
    );
    await popup.select('.qd-clip select', 'html');
    await popup.click('.qd-clip-option input[type="checkbox"]');
    await popup.evaluate(() => [...document.querySelectorAll<HTMLButtonElement>('.qd-clip button')].find((b) => b.textContent === 'Download')!.click());
    await until(
      () => text(popup, '.qd-clip-status'),
      (t) => t.startsWith('Saved'),
    );
    expect(await text(popup, '.qd-clip-status')).toBe(`Saved ${PHOTO_TITLE}.html with its images (1)`);
    expect(photoReferrers.at(-1)).toBe(h.origin + PHOTO_STORY);
    await Promise.all([page.close(), popup.close()]);
  });
});

describe('Firefox: clip templates', () => {
  it('a template kept in Settings shapes the site’s Markdown front matter', async () => {
    const options = await openExtensionPage(h, 'options.html', 900);
    await options.waitForSelector('#template-text');
    await options.evaluate((text) => {
      const area = document.querySelector<HTMLTextAreaElement>('#template-text')!;
      area.value = text;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, 'name: 新聞研究\nsites: 127.0.0.1\nfile: {{source}}-{{title|slug}}\n---\ntitle: {{title}}\npublished: {{date|date:YYYY-MM-DD}}\nauthor: {{byline}}');
    await options.click('#template-save');
    await until(
      () => options.$$eval('#templates li', (lis) => lis.map((li) => li.textContent ?? '').join()),
      (t) => t.includes('新聞研究'),
    );
    await options.close();

    const { page, popup } = await popupFor(h, SEED);
    await until(
      () => text(popup, '.qd-clip-template').catch(() => ''),
      (t) => t === 'Template: 新聞研究',
    );
    await popup.click('.qd-clip button.qd-action');
    await until(
      () => text(popup, '.qd-clip-status'),
      (s) => s.length > 0,
    );
    const md = await popup.evaluate(() => navigator.clipboard.readText());
    // Exactly the template's fields, in the script on screen (the site's remembered one).
    const names = (await text(popup, '.qd-byline')).split('、');
    expect(parseYaml(md.split(/^---$/m)[1]!)).toEqual({ title: await text(popup, '.qd-title'), published: '2024-04-23', author: names });
    expect(names).toHaveLength(2);
    // The other tests clip with the default front matter.
    await popup.evaluate(() => browser.storage.local.remove('clipTemplates'));
    await Promise.all([page.close(), popup.close()]);
  });
});
