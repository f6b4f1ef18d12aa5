/**
 * "Convert the selected text" (context menu): the selection is converted by the page-convert
 * content script (it holds the converters). In a text field or an editable area the text is
 * replaced where it stands (undoable there); elsewhere the Convert text page opens beside the
 * page with the selection and its conversion, ready to copy (copying from the page itself
 * would need the clipboardWrite permission).
 */
import { browser } from 'wxt/browser';
import type { Target } from '../convert/targets';
import type { PageConvertHandle } from './page-convert';
import { installPageConverter } from './page-convert';
import { loadSettings } from './settings-store';
import { loadWords } from './word-store';

const PENDING = 'convertText';

export async function convertSelectionInTab(tab: { id: number; index: number }, target: Target): Promise<void> {
  await installPageConverter(tab.id);
  const [words, settings] = await Promise.all([loadWords(), loadSettings()]);
  const [r] = await browser.scripting.executeScript({
    target: { tabId: tab.id },
    func: (to: string, list: [string, string][], quotes: boolean) =>
      (globalThis as unknown as { __qingduPage: PageConvertHandle }).__qingduPage.convertSelection(to as never, list, quotes),
    args: [target, words, settings.quotes],
  });
  const done = r?.result;
  if (!done || done.editable) return;
  await browser.storage.session?.set({ [PENDING]: done.text });
  await browser.tabs.create({ url: browser.runtime.getURL(`/convert.html?to=${target}`), index: tab.index + 1 });
}

/** The text the menu left for the Convert text page, once (then forgotten); '' when none. */
export async function takeConvertText(): Promise<string> {
  const session = browser.storage.session;
  if (!session) return '';
  const text = (await session.get(PENDING))[PENDING];
  await session.remove(PENDING);
  return typeof text === 'string' ? text : '';
}
