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
 * Writes `s` without reading first, so a page closing right after a change still sends it:
 * the per-site choices (storage.local, no write quota) and/or the preferences (storage.sync).
 */
export async function saveSettings(s: Settings, parts: { sites: boolean; prefs: boolean }): Promise<void> {
  const { sites, ...prefs } = validSettings(s);
  await Promise.all([parts.sites ? browser.storage.local.set({ [SITES]: sites }) : null, parts.prefs ? browser.storage.sync.set({ [KEY]: prefs }) : null]);
}

export function onSettingsChanged(listener: (s: Settings) => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string): void => {
    if ((area === 'sync' && KEY in changes) || (area === 'local' && SITES in changes)) void loadSettings().then(listener);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
