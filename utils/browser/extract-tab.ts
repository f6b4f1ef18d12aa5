/** Runs the extractor in a tab and says plainly what happened. Extension pages only. */
import { browser } from 'wxt/browser';
import type { Article } from '../article';
import type { TabOutcome } from '../outcome';
import { restrictedKind } from '../restricted';
import { keepOutcome } from './outcome-store';

/** What the extractor content script returns. */
export type ExtractorResult = { ok: true; article: Article } | { ok: false; error: string };

// A page whose scripts hang the main thread never answers; say so instead of spinning.
const TIMEOUT_MS = 15_000;
class TimeoutError extends Error {
  constructor() {
    super(`The page did not answer within ${TIMEOUT_MS / 1000} seconds.`);
  }
}

/** What to read: the page's article, or the user's selection ("Clip selection"). */
export type ExtractWhat = 'page' | 'selection';
const SCRIPTS: Record<ExtractWhat, '/content-scripts/extractor.js' | '/content-scripts/selection.js'> = {
  page: '/content-scripts/extractor.js',
  selection: '/content-scripts/selection.js',
};

/** Extracts, and keeps the outcome for the reader page; `readerNote` says when it could not be kept whole. */
export async function extractTab(
  tabId: number,
  url: string | undefined,
  what: ExtractWhat = 'page',
): Promise<{ outcome: TabOutcome; readerNote: string | null }> {
  const outcome = await runExtractor(tabId, url, what);
  return { outcome, readerNote: await keepOutcome(tabId, outcome, url) };
}

async function runExtractor(tabId: number, url: string | undefined, what: ExtractWhat): Promise<TabOutcome> {
  const why = restrictedKind(url);
  if (why) return { kind: 'forbidden', why };
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    // injectImmediately: a page still loading is read as it stands, not after it finishes.
    const run = browser.scripting.executeScript({ target: { tabId }, files: [SCRIPTS[what]], injectImmediately: true });
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new TimeoutError()), TIMEOUT_MS);
    });
    const [first] = await Promise.race([run, timeout]);
    const result = first?.result as ExtractorResult | undefined;
    if (!result) return { kind: 'error', code: 'no-result', message: 'The page returned nothing.' };
    if (!result.ok) return { kind: 'error', code: 'exception', message: result.error };
    return result.article.isArticle ? { kind: 'article', article: result.article } : { kind: 'not-article', article: result.article };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // Chrome's words: "The extensions gallery cannot be scripted", "Cannot access a chrome:// URL",
    // "Cannot access contents of url …" / "Missing host permission for the tab".
    if (/gallery cannot be scripted/i.test(message)) return { kind: 'forbidden', why: 'store' };
    if (/chrome:\/\/|chrome-extension:|about:/i.test(message)) return { kind: 'forbidden', why: 'browser-page' };
    if (/cannot access|missing host permission/i.test(message)) return { kind: 'forbidden', why: 'no-access' };
    return { kind: 'error', code: e instanceof TimeoutError ? 'timeout' : 'exception', message };
  } finally {
    clearTimeout(timer);
  }
}
