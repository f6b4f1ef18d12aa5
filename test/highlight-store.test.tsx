// @vitest-environment jsdom
/**
 * Where highlights and notes are kept: one storage.local entry per article address (the part
 * after # is the same article), listed for Settings and forgotten on request; and the reader's
 * hook, which never loses a highlight made before the stored ones were read.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useHighlights, type HighlightState } from '@/components/Highlights';
import { emptyArticle } from '@/utils/article';
import { forgetHighlights, highlightKey, highlightedArticles, loadHighlights, saveHighlights } from '@/utils/browser/highlight-store';
import type { Highlight } from '@/utils/highlights';

const URL_A = 'https://news.example.cn/a/1.html';
const made = (id: string, quote: string, start = 0): Highlight => ({ id, quote, prefix: '', suffix: '', start, note: '', created: '2026-12-03T00:00:00.000Z' });

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});
afterEach(() => render(null, document.body));

describe('the highlight store', () => {
  it('keeps an article’s highlights under its address without #, lists them, and forgets them', async () => {
    await saveHighlights(`${URL_A}#comments`, '標題甲', [made('a', '一句')]);
    await saveHighlights('https://news.example.cn/b.html', '標題乙', [made('b', '兩句'), made('c', '三句')]);
    expect((await loadHighlights(URL_A)).map((h) => h.id)).toEqual(['a']);
    expect((await highlightedArticles()).map((a) => [a.title, a.count]).sort()).toEqual([
      ['標題乙', 2],
      ['標題甲', 1],
    ]);
    // A damaged entry (an older version's, or edited by hand) is passed over, never shown half.
    await fakeBrowser.storage.local.set({ [highlightKey(URL_A)]: { url: URL_A, title: 'x', items: [{ id: 'z' }, made('d', '四句')] } });
    expect((await loadHighlights(URL_A)).map((h) => h.id)).toEqual(['d']);
    await forgetHighlights([URL_A]);
    expect(await loadHighlights(URL_A)).toEqual([]);
    await saveHighlights('https://news.example.cn/b.html', '標題乙', []);
    expect(await highlightedArticles()).toEqual([]);
    await saveHighlights(URL_A, '標題甲', [made('a', '一句')]);
    await forgetHighlights();
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual([]);
  });
});

describe('useHighlights', () => {
  it('keeps a highlight made before the stored ones arrived, with them', async () => {
    await saveHighlights(URL_A, '標題', [made('old', '舊的一句', 10)]);
    // Storage answers late, as it may on a busy machine.
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    let answer: () => void = () => undefined;
    const late = new Promise<void>((resolve) => (answer = resolve));
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (keys) => (await late, get(keys)));
    const state: { current?: HighlightState } = {};
    function Probe() {
      state.current = useHighlights({ ...emptyArticle(URL_A), title: '標題' });
      return null;
    }
    await act(() => render(<Probe />, document.body));
    await act(() => void state.current!.add({ quote: '新的一句', prefix: '', suffix: '', start: 2 }));
    await act(async () => {
      answer();
      await late;
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(state.current!.items.map((h) => h.quote)).toEqual(['新的一句', '舊的一句']);
    vi.restoreAllMocks();
    expect((await loadHighlights(URL_A)).map((h) => h.quote)).toEqual(['新的一句', '舊的一句']);
  });
});
