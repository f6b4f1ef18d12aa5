/**
 * Settings, read validated and watched for changes. Extension pages only. The reader's
 * preferences are one small item in storage.sync (8 KB an item), which follows the user to
 * other devices but takes at most 120 writes a minute, so the pages write it at most once a
 * second (components/useSettings.ts). Each change is also written at once to a copy in
 * storage.local, which has no write quota: Firefox drops a write started as a page closes,
 * and a change made in the last second before the popup or reader closed was lost. Whichever
 * of the two was written last wins (`at`). The per-site script choices live in storage.local,
 * where thousands of sites fit (in sync they filled the item after about 245 sites and every
 * later save failed); older versions kept them in sync, where they are still read.
 */
import { browser } from 'wxt/browser';
import { validSettings, type Settings } from '../settings';

const KEY = 'settings';
const LOCAL_COPY = 'settingsHere';
const SITES = 'sites';
type Stamped = Partial<Settings> & { at?: number };

export async function loadSettings(): Promise<Settings> {
  const [sync, local] = await Promise.all([browser.storage.sync.get(KEY), browser.storage.local.get([SITES, LOCAL_COPY])]);
  const shared = (sync[KEY] ?? {}) as Stamped;
  const here = local[LOCAL_COPY] as Stamped | undefined;
  const prefs = here && (here.at ?? 0) > (shared.at ?? 0) ? here : shared;
  return validSettings({ ...prefs, sites: { ...shared.sites, ...(local[SITES] as Settings['sites'] | undefined) } });
}

/**
 * Writes `s` without reading first, so a page closing right after a change still sends it: the
 * per-site choices, the preferences' local copy (both storage.local, at once), and/or the
 * preferences in storage.sync (at most once a second).
 */
export async function saveSettings(s: Settings, parts: { sites?: boolean; here?: boolean; sync?: boolean }): Promise<void> {
  const { sites, ...prefs } = validSettings(s);
  const stamped = { ...prefs, at: Date.now() };
  const local = { ...(parts.sites ? { [SITES]: sites } : {}), ...(parts.here ? { [LOCAL_COPY]: stamped } : {}) };
  await Promise.all([Object.keys(local).length ? browser.storage.local.set(local) : null, parts.sync ? browser.storage.sync.set({ [KEY]: stamped }) : null]);
}

export function onSettingsChanged(listener: (s: Settings) => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string): void => {
    if ((area === 'sync' && KEY in changes) || (area === 'local' && (SITES in changes || LOCAL_COPY in changes))) void loadSettings().then(listener);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
