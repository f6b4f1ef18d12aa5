/**
 * Read aloud in the real reader. Headless Chromium has no speech voices, so a stand-in for
 * speechSynthesis (installed before the page's own scripts) records what would be spoken, in
 * which language, voice and rate, and plays each sentence for a moment; the real one is used
 * for the "no voice installed" case.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, readChecks } from '../helpers/fixtures';
import { SHOTS, launch, readInPopup, resetSettings, type Harness } from './harness';

const SEED = '/news/2024-04/23/content_1.htm';
const checks = readChecks('cn-jiaozuo-legacy');
let h: Harness;
let tabId: number;

// Two Mandarin voices, no Cantonese one; each sentence "lasts" 150 ms.
const FAKE_SPEECH = () => {
  if (location.protocol !== 'chrome-extension:' || !location.search.includes('fake-speech')) return;
  const spoken: { text: string; lang: string; voice: string; rate: number }[] = [];
  let paused = false;
  let current: { onstart?: () => void; onend?: () => void } | null = null;
  const finish = (u: typeof current) => setTimeout(() => (paused || u !== current ? undefined : ((current = null), u?.onend?.())), 150);
  class Utterance {
    lang = '';
    voice: { name: string } | null = null;
    rate = 1;
    onstart?: () => void;
    onend?: () => void;
    onerror?: () => void;
    constructor(public text: string) {}
  }
  Object.assign(window, { SpeechSynthesisUtterance: Utterance, __spoken: spoken });
  // speechSynthesis is a getter on Window.prototype: shadowed by a property of the window itself.
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: {
      getVoices: () => [
        { name: 'Fake 普通话', lang: 'zh-CN', default: true },
        { name: 'Fake 國語', lang: 'zh-TW', default: false },
      ],
      addEventListener() {},
      removeEventListener() {},
      speak(u: Utterance) {
        spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? '', rate: u.rate });
        current = u;
        setTimeout(() => u.onstart?.(), 0);
        finish(u);
      },
      pause: () => (paused = true),
      resume() {
        paused = false;
        finish(current);
      },
      cancel() {
        current = null;
      },
    },
  });
};

beforeAll(async () => {
  h = await launch({ [SEED]: join(FIXTURES, 'cn-jiaozuo-legacy/source.html') });
  await h.context.addInitScript(FAKE_SPEECH);
  tabId = await readInPopup(h, SEED);
});
afterAll(async () => {
  await h?.close();
});

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string; voice: string; rate: number }[] }).__spoken);
const reader = async (fake: boolean): Promise<Page> => {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/reader.html?tab=${tabId}${fake ? '&fake-speech' : ''}`);
  await page.locator('.qd-body').waitFor();
  return page;
};

describe('read aloud', { timeout: 60_000 }, () => {
  it('reads sentence by sentence in the voice of the script on screen, highlighted, and pauses', async () => {
    await resetSettings(h);
    const page = await reader(true);
    await page.getByRole('button', { name: '朗讀' }).click();
    await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(3);
    const first = (await spoken(page))[0]!;
    expect(first).toEqual({ text: checks.title, lang: 'zh-TW', voice: 'Fake 國語', rate: 1 });
    // Then the body, a sentence at a time (each ends with its 。！？).
    expect((await spoken(page))[1]!.text).toMatch(/^4月22日.*。$/);
    expect(await page.locator('.qd-reading-block').count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'reader-read-aloud.png') });
    // Pause: nothing more is spoken until Resume.
    await page.getByRole('button', { name: '暫停' }).click();
    const paused = (await spoken(page)).length;
    await page.waitForTimeout(300);
    expect((await spoken(page)).length).toBe(paused);
    await page.getByRole('button', { name: '繼續' }).click();
    await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(paused + 1);
    // A switch to 简体 while reading: on in the Mandarin (zh-CN) voice, the text in 简体.
    await page.locator('.qd-toolbar button[data-target="cn"]').click();
    await expect.poll(async () => (await spoken(page)).at(-1)!.lang, { timeout: 10_000 }).toBe('zh-CN');
    const after = (await spoken(page)).at(-1)!;
    expect(after.voice).toBe('Fake 普通话');
    expect(after.text).not.toMatch(/[書實調項]/);
    await page.getByRole('button', { name: '停止' }).click();
    expect(await page.locator('.qd-reading-block').count()).toBe(0);
    await page.close();
  });

  it('says when no voice for 粵語 (繁體(香港)) is installed, and speaks nothing', async () => {
    await resetSettings(h);
    const page = await reader(true);
    await page.locator('.qd-toolbar button[data-target="hk"]').click();
    await page.keyboard.press('n');
    await expect.poll(() => page.locator('.qd-read-aloud [role="alert"]').textContent()).toMatch(/^這台裝置沒有安裝「.+」的語音/);
    expect(await spoken(page)).toEqual([]);
    await page.close();
    // The real engine of this headless browser has no voice at all: said the same way.
    const real = await reader(false);
    await real.getByRole('button', { name: '朗讀' }).click();
    await expect.poll(() => real.locator('.qd-read-aloud [role="alert"]').textContent(), { timeout: 10_000 }).toMatch(/語音|朗讀/);
    await real.close();
    await resetSettings(h);
  });
});
