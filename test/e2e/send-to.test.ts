/**
 * Send to Zotero and Obsidian from the popup, in the real browser. Zotero is a fake connector
 * server on 127.0.0.1:23119 (fake-zotero.ts) that records what it is sent (the item is checked against Zotero's
 * newspaperArticle fields in test/send-to.test.ts); Obsidian is its URI, read from the link the
 * popup offers, with the note's Markdown on the clipboard.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readChecks } from '../helpers/fixtures';
import { startFakeZotero, type FakeZotero } from './fake-zotero';
import { SEED, launchSeed, popupFor, resetSettings, type Harness } from './harness';

const checks = readChecks('cn-jiaozuo-legacy');
let h: Harness;

let zotero: FakeZotero | null = null;

beforeAll(async () => {
  h = await launchSeed();
});
afterAll(async () => {
  await zotero?.close();
  await h?.close();
});

describe('send to', () => {
  it('Zotero: the item with its creators and provenance, then the clean text as its snapshot; says when Zotero is not running', async () => {
    // A highlight with a note, as the reader keeps them (utils/browser/highlight-store.ts).
    const key = `highlights:${h.origin}${SEED}`;
    const highlight = { id: 'z1', quote: '市領導惠康', prefix: '', suffix: '', start: 0, note: '查證出席名單', created: '2026-12-03T00:00:00.000Z' };
    await h.worker.evaluate(([k, item]) => chrome.storage.local.set({ [k]: { url: '', title: '', updated: '', items: [item] } }), [key, highlight] as const);
    const { page, popup } = await popupFor(h, SEED);
    await expect.poll(() => popup.locator('.qd-title').textContent(), { timeout: 15_000 }).toBe(checks.title);
    // Nothing listens yet.
    await popup.getByRole('button', { name: '送到 Zotero' }).click();
    await expect.poll(() => popup.locator('.qd-clip-status').textContent()).toBe('Zotero 沒有在執行：請在這台電腦上開啟 Zotero 再試一次');

    zotero = await startFakeZotero();
    const { received } = zotero;
    await popup.locator('button[data-target="cn"]').click();
    await popup.getByRole('button', { name: '送到 Zotero' }).click();
    await expect.poll(() => popup.locator('.qd-clip-status').textContent()).toBe('已送到 Zotero，附上乾淨的全文');
    expect(received.map((r) => r.path.replace(/sessionID=[^&]+/, 'sessionID=S'))).toEqual([
      '/connector/ping',
      '/connector/saveItems',
      '/connector/saveAttachment?sessionID=S',
    ]);
    const save = JSON.parse(received[1]!.body) as { sessionID: string; uri: string; items: Record<string, unknown>[] };
    expect(save.uri).toBe(h.origin + SEED);
    expect(save.items).toHaveLength(1);
    // In the script on screen (简体).
    expect(save.items[0]).toMatchObject({
      itemType: 'newspaperArticle',
      title: '精准破解难题 优化服务保障 凝心聚力推动项目建设提质增效',
      publicationTitle: '焦作日报',
      date: '2024-04-23',
      language: 'zh-Hans',
      url: h.origin + SEED,
      creators: [
        { lastName: '翟倩倩', fieldMode: 1, creatorType: 'author' },
        { lastName: '焦娇', fieldMode: 1, creatorType: 'author' },
      ],
    });
    expect(save.items[0]!.extra).toContain('责编: 刘佳');
    const attachment = received[2]!;
    expect(attachment.headers['content-type']).toBe('text/html');
    const meta = JSON.parse(attachment.headers['x-metadata'] as string) as Record<string, string>;
    expect(meta).toMatchObject({ sessionID: save.sessionID, parentItemID: save.items[0]!.id, url: h.origin + SEED });
    expect(attachment.body).toMatch(/^<!DOCTYPE html>/);
    expect(attachment.body).toContain('<mark>市领导惠康</mark><sup class="note-ref"><a href="#note-1" id="note-ref-1">1</a></sup>、董炳麓参加调研。');
    // The highlight and its note: one child note, the quote in the script on screen, the note as typed.
    expect(save.items[0]!.notes).toEqual([{ note: expect.stringContaining('<blockquote><p>市领导惠康</p></blockquote><p>查證出席名單</p>') as unknown }]);
    await h.worker.evaluate((k) => chrome.storage.local.remove(k), key);
    await Promise.all([page.close(), popup.close()]);
  });

  it('Obsidian: the Markdown on the clipboard and obsidian://new for the vault and folder of Settings', async () => {
    // The site opens as the page writes it again (the Zotero test left it in 简体).
    await resetSettings(h);
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.locator('#obsidian-vault').fill('Research 研究');
    await options.locator('#obsidian-vault').press('Tab');
    await options.locator('#obsidian-folder').fill('News/清讀');
    await options.locator('#obsidian-folder').press('Tab');
    await options.close();
    const { page, popup } = await popupFor(h, SEED);
    await expect.poll(() => popup.locator('.qd-title').textContent(), { timeout: 15_000 }).toBe(checks.title);
    await popup.getByRole('button', { name: '送到 Obsidian' }).click();
    const link = popup.locator('.qd-obsidian-link');
    await expect
      .poll(() => link.getAttribute('href'))
      .toBe(`obsidian://new?vault=${encodeURIComponent('Research 研究')}&file=${encodeURIComponent(`News/清讀/2024-04-23 ${checks.title}`)}&clipboard`);
    const md = await popup.evaluate(() => navigator.clipboard.readText());
    expect((parseYaml(md.split(/^---$/m)[1]!) as { title: string }).title).toBe(checks.title);
    expect(await popup.locator('.qd-clip-status').textContent()).toContain(`已複製，並請 Obsidian 建立筆記 News/清讀/2024-04-23 ${checks.title}`);
    await Promise.all([page.close(), popup.close()]);
  });
});
