/** The popup's side of "Convert this page" (entrypoints/page-convert.content.ts). */
import { browser } from 'wxt/browser';
import type { Script } from '../article';
import { TARGET_LANG, directionFor, type Locale, type Target } from '../convert/targets';

/** What converting the page's selection did: replaced it where it stands (`editable`), or only converted it. */
export interface SelectionConverted {
  editable: boolean;
  text: string;
  converted: string;
}

/** What the page-convert content script installs in the page's isolated world. */
export interface PageConvertHandle {
  convert(from: Locale, to: Locale, lang: string, words: WordPair[], quotes: boolean): Promise<number>;
  restore(): void;
  active(): boolean;
  /** Converts the selected text to `target`; in a text field or editable area, in place. */
  convertSelection(target: Target, words: WordPair[], quotes: boolean): Promise<SelectionConverted>;
}
import type { WordPair } from '../convert/user-words';
import { likelyTarget } from '../convert/targets';
import { detectScript } from '../script-detect';
import { scriptFor } from '../settings';
import { uiLanguage } from './i18n';
import { loadSettings } from './settings-store';
import { loadWords } from './word-store';

type Handle = { __qingduPage?: PageConvertHandle };

export async function installPageConverter(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/page-convert.js'] });
}

/** Converts the live page to `target` (or restores it for `original`). Returns nodes changed. */
export async function convertPage(tabId: number, script: Script, target: Target, url: string): Promise<number> {
  await installPageConverter(tabId);
  const dir = directionFor(script, target, url);
  const [words, settings] = await Promise.all([loadWords(), loadSettings()]);
  const [r] = await browser.scripting.executeScript({
    target: { tabId },
    func: async (from: string | null, to: string | null, lang: string, list: WordPair[], quotes: boolean) => {
      const h = (globalThis as unknown as Handle).__qingduPage!;
      if (!from || !to) {
        h.restore();
        return 0;
      }
      return h.convert(from as never, to as never, lang, list, quotes);
    },
    args: [dir?.from ?? null, dir?.to ?? null, target === 'original' ? '' : TARGET_LANG[target], words, settings.quotes],
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
  await convertToSiteScript(tabId, url);
}

/** Shows the live page in the site's script (or, with none chosen, the likely one), its own script read from its text. */
export async function convertToSiteScript(tabId: number, url: string): Promise<void> {
  const [r] = await browser.scripting.executeScript({ target: { tabId }, func: () => `${document.title}\n${(document.body?.innerText ?? '').slice(0, 5000)}` });
  const script = detectScript(String(r?.result ?? '')).script;
  const chosen = scriptFor(await loadSettings(), url);
  const target = chosen === 'original' ? likelyTarget(script, uiLanguage()) : chosen;
  if (target) await convertPage(tabId, script, target, url);
}
