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
import { likelyTarget } from '../convert/targets';
import { detectScript } from '../script-detect';
import { scriptFor } from '../settings';
import { uiLanguage } from './i18n';
import { loadSettings } from './settings-store';
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

/**
 * The "Convert this page" command, without the popup: a converted page goes back to what it
 * was; otherwise it is shown in the site's script (or, with none chosen, the one a reader of
 * this page most likely wants), its own script read from its text.
 */
export async function togglePageConversion(tabId: number, url: string): Promise<void> {
  if (await pageConverted(tabId)) {
    await convertPage(tabId, 'none', 'original', url);
    return;
  }
  const [r] = await browser.scripting.executeScript({ target: { tabId }, func: () => `${document.title}\n${(document.body?.innerText ?? '').slice(0, 5000)}` });
  const script = detectScript(String(r?.result ?? '')).script;
  const chosen = scriptFor(await loadSettings(), url);
  const target = chosen === 'original' ? likelyTarget(script, uiLanguage()) : chosen;
  if (target) await convertPage(tabId, script, target, url);
}
