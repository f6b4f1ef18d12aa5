/** Settings in storage.sync: read validated, written whole, watched for changes. Extension pages only. */
import { browser } from 'wxt/browser';
import { validSettings, type Settings } from '../settings';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.sync.get(KEY);
  return validSettings(got[KEY]);
}

export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = validSettings({ ...(await loadSettings()), ...change });
  await browser.storage.sync.set({ [KEY]: next });
  return next;
}

export function onSettingsChanged(listener: (s: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'sync' && KEY in changes) listener(validSettings(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
