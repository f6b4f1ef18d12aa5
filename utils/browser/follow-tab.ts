/**
 * Whole articles in the browser: the following pages are read in the article's own tab (its
 * content script fetches them from the page's origin, entrypoints/pages.content.ts) and joined
 * to the first (utils/join-pages.ts). Extension pages only.
 */
import { browser } from 'wxt/browser';
import type { Article } from '../article';
import { followPages, joinPages, PAGE_READER, type Progress } from '../join-pages';
import type { ExtractorResult } from './extract-tab';

// A page that does not arrive in this time counts as failed.
const PAGE_TIMEOUT_MS = 20_000;

async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not arrive within ${ms / 1000} seconds`)), ms)));
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** `first` with its following pages joined (or as far as they could be read: `joined` says). */
export async function followInTab(tabId: number, first: Article, progress?: Progress): Promise<Article> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/pages.js'] });
  const load = async (url: string): Promise<Article> => {
    const run = browser.scripting.executeScript({
      target: { tabId },
      // Runs in the content script's world, where pages.content.ts left its reader.
      func: (name: string, address: string) => {
        const read = (globalThis as unknown as Record<string, ((u: string) => unknown) | undefined>)[name];
        return read ? read(address) : { ok: false, error: 'the page was reloaded' };
      },
      args: [PAGE_READER, url],
    });
    const [first] = await withTimeout(run, PAGE_TIMEOUT_MS, 'the page');
    const result = first?.result as ExtractorResult | undefined;
    if (!result) throw new Error('the page returned nothing');
    if (!result.ok) throw new Error(result.error);
    return result.article;
  };
  return joinPages(first, await followPages(first, load, progress), window);
}
