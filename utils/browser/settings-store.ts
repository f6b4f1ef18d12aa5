/**
 * Settings, read validated and watched for changes. Extension pages only. The reader's
 * preferences are one small item in storage.sync (8 KB an item); the per-site script choices
 * live in storage.local, where thousands of sites fit (in sync they filled the item after
 * about 245 sites and every later save failed). Older versions kept them in sync: they are
 * read from there too, and move on the next save.
 */
import { browser } from 'wxt/browser';
import { validSettings, type Settings } from '../settings';

const KEY = 'settings';
const SITES = 'sites';

export async function loadSettings(): Promise<Settings> {
  const [sync, local] = await Promise.all([browser.storage.sync.get(KEY), browser.storage.local.get(SITES)]);
  const prefs = (sync[KEY] ?? {}) as Partial<Settings>;
  return validSettings({ ...prefs, sites: { ...prefs.sites, ...(local[SITES] as Settings['sites'] | undefined) } });
}

/**
 * Writes `s` whole, without reading first: both writes leave before the first await, so a page
 * closing right after a change still saves it. The sites are written only when they changed.
 */
export async function saveSettings(s: Settings, sitesChanged: boolean): Promise<void> {
  const { sites, ...prefs } = validSettings(s);
  await Promise.all([sitesChanged ? browser.storage.local.set({ [SITES]: sites }) : null, browser.storage.sync.set({ [KEY]: prefs })]);
}

export function onSettingsChanged(listener: (s: Settings) => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string): void => {
    if ((area === 'sync' && KEY in changes) || (area === 'local' && SITES in changes)) void loadSettings().then(listener);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
