/** The popup's side of "Convert this page" (entrypoints/page-convert.content.ts). */
import { browser } from 'wxt/browser';
import type { Script } from '../article';
import { TARGET_LANG, directionFor, type Locale, type Target } from '../convert/targets';

/** What the page-convert content script installs in the page's isolated world. */
export interface PageConvertHandle {
  convert(from: Locale, to: Locale, lang: string, words: WordPair[]): Promise<number>;
  restore(): void;
  active(): boolean;
}
import type { WordPair } from '../convert/user-words';
import { loadWords } from './word-store';

type Handle = { __qingduPage?: PageConvertHandle };

async function install(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/page-convert.js'] });
}

/** Converts the live page to `target` (or restores it for `original`). Returns nodes changed. */
export async function convertPage(tabId: number, script: Script, target: Target, url: string): Promise<number> {
  await install(tabId);
  const dir = directionFor(script, target, url);
  const [r] = await browser.scripting.executeScript({
    target: { tabId },
    func: async (from: string | null, to: string | null, lang: string, words: WordPair[]) => {
      const h = (globalThis as unknown as Handle).__qingduPage!;
      if (!from || !to) {
        h.restore();
        return 0;
      }
      return h.convert(from as never, to as never, lang, words);
    },
    args: [dir?.from ?? null, dir?.to ?? null, target === 'original' ? '' : TARGET_LANG[target], await loadWords()],
  });
  return r?.result ?? 0;
}

/** Is the page shown converted now (the popup was closed and opened again)? */
export async function pageConverted(tabId: number): Promise<boolean> {
  const [r] = await browser.scripting
    .executeScript({ target: { tabId }, func: () => (globalThis as unknown as Handle).__qingduPage?.active() ?? false })
    .catch(() => [{ result: false }]);
  return r?.result === true;
}
