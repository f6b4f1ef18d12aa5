/**
 * Keyboard commands in the real browser: Settings lists every command with its keys, and says
 * so when another extension installed first holds the toolbar button's key (Chrome then leaves
 * Qingdu's button without one, silently); a command the background passes on is carried out by the
 * reader in front.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, readChecks } from '../helpers/fixtures';
import { SHOTS, launch, readInPopup, resetSettings, type Harness } from './harness';

const SEED = '/news/2024-04/23/content_1.htm';
const checks = readChecks('cn-jiaozuo-legacy');
const opened: Harness[] = [];
afterAll(async () => {
  await Promise.all(opened.map((h) => h.close()));
});

/** An extension (as Obsidian Web Clipper is) whose reader key is ours too. */
function rivalExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'qingdu-rival-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Rival reader',
      version: '1.0',
      action: {},
      commands: { 'open-reader': { suggested_key: { default: 'Alt+Shift+R', linux: 'Alt+R' }, description: 'Reader' } },
    }),
  );
  return dir;
}

async function settingsPage(h: Harness) {
  const options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
  await options.locator('.qd-shortcuts').waitFor();
  return options;
}

describe('keyboard commands', () => {
  it('Settings list them with their keys; only the toolbar button has one by default', async () => {
    const h = await launch({ [SEED]: join(FIXTURES, 'cn-jiaozuo-legacy/source.html') });
    opened.push(h);
    const options = await settingsPage(h);
    const rows = await options
      .locator('.qd-shortcuts div')
      .evaluateAll((ds) => ds.map((d) => [d.getAttribute('data-command'), d.querySelector('dd')!.textContent]));
    expect(Object.fromEntries(rows)).toEqual({
      _execute_action: 'Alt+R', // Linux: Chromium binds no Alt+Shift+letter (wxt.config.ts)
      'read-in-tab': '未設定',
      'convert-page': '未設定',
      'next-script': '未設定',
      'next-theme': '未設定',
      'copy-markdown': '未設定',
    });
    expect(await options.locator('#shortcut-taken').count()).toBe(0);
    await options.close();

    // A command passed on by the background: the reader in front takes the next script.
    const tabId = await readInPopup(h, SEED);
    await resetSettings(h);
    const reader = await h.context.newPage();
    await reader.goto(`chrome-extension://${h.extensionId}/reader.html?tab=${tabId}`);
    await expect.poll(() => reader.locator('.qd-title').textContent(), { timeout: 15_000 }).toBe(checks.title);
    await reader.bringToFront();
    await reader.locator('.qd-title').click();
    await h.worker.evaluate(() => chrome.runtime.sendMessage({ qingduCommand: 'next-script' }));
    await expect.poll(() => reader.locator('.qd-body').getAttribute('lang')).toBe('zh-Hans');
    await reader.close();
    await resetSettings(h);
  });

  it("Settings say so when another extension installed first holds the toolbar button's key", async () => {
    const h = await launch({}, {}, rivalExtension());
    opened.push(h);
    const options = await settingsPage(h);
    await expect.poll(() => options.locator('#shortcut-taken').count()).toBe(1);
    expect(await options.locator('[data-command="_execute_action"] dd').textContent()).toBe('未設定');
    await options.screenshot({ path: join(SHOTS, 'options-shortcut-taken.png'), fullPage: true });
    await options.close();
  });
});
