import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyArticle } from '../utils/article';
import { keepOutcome, readOutcome, recentCount } from '../utils/browser/outcome-store';
import { RECENT_BYTES, RECENT_COUNT, type TabOutcome } from '../utils/outcome';

const outcome = (url: string, chars: number): TabOutcome => ({
  kind: 'article',
  article: { ...emptyArticle(url), isArticle: true, title: url, text: 'x'.repeat(chars) },
});
/** keepOutcome does not wait for the recent copy: let it land. */
const settle = () => new Promise((r) => setTimeout(r, 20));

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('recent articles (a reader tab outlives its news tab)', () => {
  it('are found by tab and address once the tab’s own outcome is gone, at most RECENT_COUNT of them', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://a.example/1' });
    for (let i = 0; i < RECENT_COUNT + 3; i++) await keepOutcome(tab.id!, outcome(`https://a.example/${i}`, 100), `https://a.example/${i}`);
    await settle();
    expect(await recentCount()).toBe(RECENT_COUNT);
    await fakeBrowser.storage.session.clear();
    expect(((await readOutcome(tab.id!, 'https://a.example/22')) as { article: { title: string } }).article.title).toBe('https://a.example/22');
    expect(await readOutcome(tab.id!, 'https://a.example/0')).toBeNull(); // the oldest went first
  });

  it('never take an article larger than all of them may hold, nor one from a private window', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://a.example/small' });
    await keepOutcome(tab.id!, outcome('https://a.example/small', 100), 'https://a.example/small');
    await keepOutcome(tab.id!, outcome('https://a.example/big', RECENT_BYTES + 1), 'https://a.example/big');
    // The fake browser makes no private windows: its tab says it is in one.
    const secret = await fakeBrowser.tabs.create({ url: 'https://a.example/secret' });
    const get = fakeBrowser.tabs.get.bind(fakeBrowser.tabs);
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (id) => ({ ...(await get(id)), incognito: id === secret.id }));
    await keepOutcome(secret.id!, outcome('https://a.example/secret', 100), 'https://a.example/secret');
    await settle();
    expect(await recentCount()).toBe(1);
    await fakeBrowser.storage.session.clear();
    // The small one stays; the large one did not push it out.
    expect(((await readOutcome(tab.id!, 'https://a.example/small')) as { article: { title: string } }).article.title).toBe('https://a.example/small');
    expect(await readOutcome(tab.id!, 'https://a.example/big')).toBeNull();
  });
});
