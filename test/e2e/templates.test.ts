/**
 * Clip templates in the real browser: written in Settings (a bad one is refused with its lines
 * named and nothing kept), then the site's clips follow it: the popup names the template, the
 * copied Markdown has its front matter, a download its file name. Other sites keep the default.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readChecks } from '../helpers/fixtures';
import { SHOTS, SEED, launchSeed, popupFor, type Harness } from './harness';

const checks = readChecks('cn-jiaozuo-legacy');
let h: Harness;

beforeAll(async () => {
  h = await launchSeed();
});
afterAll(async () => {
  await h?.close();
});

const TEMPLATE = `name: 新聞研究
sites: 127.0.0.1
file: {{date|date:YYYYMMDD}}-{{source}}-{{title|slug}}
tags: 新聞, 焦作
---
title: {{title}}
published: {{date|date:YYYY-MM-DD}}
author: {{byline}}
editors: {{credits}}
tags: {{tags}}`;

describe('clip templates', () => {
  it('are checked in Settings, then shape the site’s clips: front matter and file name', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.locator('#template-text').fill(TEMPLATE.replace('{{title|slug}}', '{{titel}}'));
    await options.locator('#template-save').click();
    await expect
      .poll(() => options.locator('#template-errors li').allTextContents())
      .toEqual(['第 3 行：沒有 {{titel}} 這個變數（title, date, site, source, byline, credits, url, script, lang, tags, clipped）']);
    expect(await options.locator('#templates').count()).toBe(0);
    await options.locator('section[aria-labelledby="templates-title"]').screenshot({ path: join(SHOTS, 'options-template-errors.png') });
    await options.locator('#template-text').fill(TEMPLATE);
    await options.locator('#template-save').click();
    await expect.poll(() => options.locator('#templates li').first().textContent()).toContain('新聞研究');
    expect(await options.locator('#template-errors').count()).toBe(0);
    await options.close();

    const { page, popup } = await popupFor(h, SEED);
    await expect.poll(() => popup.locator('.qd-title').textContent(), { timeout: 15_000 }).toBe(checks.title);
    await expect.poll(() => popup.locator('.qd-clip-template').textContent()).toBe('範本：新聞研究');
    await popup.locator('.qd-clip button', { hasText: '複製' }).click();
    await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText())).toContain(checks.once![0]!);
    const md = await popup.evaluate(() => navigator.clipboard.readText());
    expect(parseYaml(md.split(/^---$/m)[1]!)).toEqual({
      title: checks.title,
      published: '2024-04-23',
      author: ['翟倩倩', '焦嬌'],
      editors: expect.objectContaining({ 責編: ['劉佳'] }) as unknown,
      tags: ['新聞', '焦作'],
    });
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.locator('.qd-clip button', { hasText: '下載' }).click()]);
    expect(download.suggestedFilename()).toBe(`20240423-焦作日報-${checks.title!.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}.md`);
    expect(readFileSync(await download.path(), 'utf8')).toBe(md);
    await Promise.all([page.close(), popup.close()]);
  });
});
