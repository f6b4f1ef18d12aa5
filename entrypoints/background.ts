/**
 * Toolbar button (opens the popup; Alt+Shift+R opens it too), and the context menu
 * "用清讀閱讀 / Read in Qingdu", which extracts the page under activeTab and opens the
 * full-tab reader. Nothing runs on a page until the user asks.
 */
import { browser } from 'wxt/browser';
import { extractTab, outcomeKey } from '@/utils/extract-tab';
import { t } from '@/utils/i18n';

const MENU_READ = 'qingdu-read';

/** Extract the tab's article, then show it in a reader tab beside it. */
async function openReader(tabId: number, url: string | undefined, index = 0): Promise<void> {
  await extractTab(tabId, url);
  await browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?tab=${tabId}`), index: index + 1 });
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_READ, title: t('menuRead'), contexts: ['page', 'selection'] });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_READ || tab?.id === undefined) return;
    void openReader(tab.id, tab.url, tab.index);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session?.remove(outcomeKey(tabId));
  });
});
