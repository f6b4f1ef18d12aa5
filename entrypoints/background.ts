/**
 * Toolbar button (opens the popup; its key opens it too), the keyboard commands, and the context menu
 * "用清讀閱讀 / Read in Qingdu", which extracts the page under activeTab and opens the
 * full-tab reader. Nothing runs on a page until the user asks, unless they turned
 * auto-detection on: then the detector's yes/no sets the badge.
 */
import { browser } from 'wxt/browser';
import { AUTO_DETECT_KEY, ALL_SITES, isDetectedMessage, syncDetectorRegistration } from '@/utils/browser/auto-detect';
import { extractTab, type ExtractWhat } from '@/utils/browser/extract-tab';
import { forgetOutcome } from '@/utils/browser/outcome-store';
import { togglePageConversion } from '@/utils/browser/page-convert';
import { PAGE_COMMANDS, type CommandMessage, type CommandName } from '@/utils/commands';
import { convertSelectionInTab } from '@/utils/browser/convert-selection';
import { dropRulesWithoutAccess, isAutoMessage, runSiteAuto, siteAutoChanged, syncSiteAutoRegistration } from '@/utils/browser/site-auto';
import { t, type MessageKey } from '@/utils/browser/i18n';
import type { Target } from '@/utils/convert/targets';
import { readerPath } from '@/utils/outcome';

const MENU_READ = 'qingdu-read';
const MENU_CLIP = 'qingdu-clip-selection';
const MENU_CONVERT = 'qingdu-convert';
// "Convert the selected text" → 简体 / 繁體(台灣) / 繁體(香港): one item per script.
const CONVERT_TO: [id: string, target: Target, label: MessageKey][] = [
  [`${MENU_CONVERT}-cn`, 'cn', 'scriptCn'],
  [`${MENU_CONVERT}-tw`, 'tw', 'scriptTw'],
  [`${MENU_CONVERT}-hk`, 'hk', 'scriptHk'],
];

/** Extract the tab's article (or the selection), then show it in a reader tab beside it. */
async function openReader(tabId: number, url: string | undefined, index = 0, what: ExtractWhat = 'page'): Promise<void> {
  await extractTab(tabId, url, what);
  await browser.tabs.create({ url: browser.runtime.getURL(readerPath(tabId, url)), index: index + 1 });
}

// Firefox's MV2 build has browserAction where MV3 has action.
const action = browser.action ?? browser.browserAction;

/** A keyboard command: the background's own, or passed on to the open popup or reader. */
async function runCommand(name: string, given?: { id?: number; url?: string; index: number }): Promise<void> {
  if (PAGE_COMMANDS.includes(name as CommandName)) {
    await browser.runtime.sendMessage({ qingduCommand: name as CommandName } satisfies CommandMessage);
    return;
  }
  const tab = given ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined || !tab.url) return;
  if (name === 'read-in-tab') await openReader(tab.id, tab.url, tab.index);
  if (name === 'convert-page') await togglePageConversion(tab.id, tab.url);
}

/** The context-menu API where the browser has one (Firefox calls it menus; Android has neither). */
const contextMenus = (): typeof browser.contextMenus | undefined =>
  (browser as { contextMenus?: typeof browser.contextMenus; menus?: typeof browser.contextMenus }).contextMenus ??
  (browser as { menus?: typeof browser.contextMenus }).menus;

function setBadge(tabId: number, isArticle: boolean): void {
  void action.setBadgeText({ tabId, text: isArticle ? t('badgeArticle') : '' }).catch(() => undefined);
  if (isArticle) void action.setBadgeBackgroundColor({ tabId, color: '#1f5f5b' }).catch(() => undefined);
  void action.setTitle({ tabId, title: isArticle ? t('titleArticle') : t('extName') }).catch(() => undefined);
}

export default defineBackground(() => {
  void syncDetectorRegistration();
  void syncSiteAutoRegistration().catch(() => undefined);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && AUTO_DETECT_KEY in changes) void syncDetectorRegistration();
    if (siteAutoChanged(changes, area)) void syncSiteAutoRegistration().catch(() => undefined);
  });
  // Access withdrawn in the browser's own settings: auto-detection is off, and sites that lost it lose their rules.
  browser.permissions.onRemoved.addListener((removed) => {
    if (removed.origins?.some((o) => ALL_SITES.includes(o))) void browser.storage.sync.set({ [AUTO_DETECT_KEY]: false });
    void dropRulesWithoutAccess().catch(() => undefined);
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (isDetectedMessage(message) && sender.tab?.id !== undefined && sender.frameId === 0) setBadge(sender.tab.id, message.isArticle);
    if (isAutoMessage(message) && sender.tab?.id !== undefined && sender.tab.url && sender.frameId === 0)
      void runSiteAuto({ id: sender.tab.id, url: sender.tab.url }).catch(() => undefined);
  });
  // A new page starts without a badge; the detector (if on) sets it again.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) setBadge(tabId, false);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetOutcome(tabId).catch(() => undefined);
  });

  // Commands the user bound a key to (a command grants activeTab, as a click does).
  browser.commands?.onCommand.addListener((name, tab) => void runCommand(name, tab).catch(() => undefined));

  // Firefox for Android has no context menus: nothing to register there, and the rest above still runs.
  const menus = contextMenus();
  if (!menus) return;
  browser.runtime.onInstalled.addListener(() => {
    menus.create({ id: MENU_READ, title: t('menuRead'), contexts: ['page', 'selection'] });
    menus.create({ id: MENU_CLIP, title: t('menuClip'), contexts: ['selection'] });
    menus.create({ id: MENU_CONVERT, title: t('menuConvert'), contexts: ['selection'] });
    for (const [id, , label] of CONVERT_TO) menus.create({ id, parentId: MENU_CONVERT, title: t('menuConvertTo', t(label)), contexts: ['selection'] });
  });
  const onMenu = async (info: { menuItemId: string | number }, tab?: { id?: number; url?: string; index: number }): Promise<void> => {
    if (tab?.id === undefined) return;
    if (info.menuItemId === MENU_READ) await openReader(tab.id, tab.url, tab.index);
    if (info.menuItemId === MENU_CLIP) await openReader(tab.id, tab.url, tab.index, 'selection');
    const convert = CONVERT_TO.find(([id]) => id === info.menuItemId);
    if (convert) await convertSelectionInTab({ id: tab.id, index: tab.index }, convert[1]);
  };
  menus.onClicked.addListener((info, tab) => void onMenu(info, tab).catch(() => undefined));
  // The browser tests click a menu item through this (a headless browser shows no menus); pages cannot reach it.
  (globalThis as { qingduMenuClick?: typeof onMenu }).qingduMenuClick = onMenu;
});
