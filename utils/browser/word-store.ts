/** The user's word list in storage.local. Extension pages only. */
import { browser } from 'wxt/browser';
import { formatWords, parseWords, type WordPair } from '../convert/user-words';

const STORE_KEY = 'words';

/**
 * The list lives in storage.local (storage.sync allows 8 KB per item; a list of names soon
 * passes that). Export and import move it between browsers.
 */
export async function loadWords(): Promise<WordPair[]> {
  const got = await browser.storage.local.get(STORE_KEY);
  return parseWords(typeof got[STORE_KEY] === 'string' ? got[STORE_KEY] : '').pairs;
}

export async function saveWords(pairs: readonly WordPair[]): Promise<void> {
  await browser.storage.local.set({ [STORE_KEY]: formatWords(pairs) });
}
