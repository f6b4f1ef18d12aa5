import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/browser/i18n';
import { loadSettings, onSettingsChanged, saveSettings } from '@/utils/browser/settings-store';
import type { Settings } from '@/utils/settings';

// At most one save of the preferences a second (storage.sync allows 120 writes a minute:
// holding + down in the reader passed that, and the next change was shown but not saved). The
// first change of a while is saved at once, so a popup closed right after a click keeps it.
// Per-site choices and this device's copy of the preferences live in storage.local, which has
// no quota: they are saved at once, always (Firefox drops a save started as the popup closes,
// so a change made within the second before it closed was lost).
const SAVE_EVERY_MS = 1_000;

/**
 * Settings from storage, following changes made elsewhere (options page, other tabs). A change
 * shows at once and is saved at once or, in a burst, with the changes around it a moment
 * later; `error` says when a save failed.
 */
export function useSettings(): { settings: Settings | null; update: (change: Partial<Settings>) => void; error: string | null } {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef<Settings | null>(null);
  const pending = useRef<Partial<Settings>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const show = useCallback((s: Settings): void => {
    latest.current = s;
    setSettings(s);
  }, []);

  const save = useCallback((s: Settings, parts: { sites?: boolean; here?: boolean; sync?: boolean }): void => {
    saveSettings(s, parts).then(
      () => setError(null),
      () => setError(t('settingsNotSaved')),
    );
  }, []);
  const flush = useCallback((): void => {
    if (!latest.current || !Object.keys(pending.current).length) return;
    pending.current = {};
    save(latest.current, { sync: true });
  }, [save]);
  // Saves what waits, then lets a second pass before the next save.
  const tick = useCallback((): void => {
    flush();
    timer.current = setTimeout(() => {
      timer.current = undefined;
      if (Object.keys(pending.current).length) tick();
    }, SAVE_EVERY_MS);
  }, [flush]);

  useEffect(() => {
    void loadSettings().then(show);
    // Changes saved elsewhere, under the ones still waiting to be saved here.
    const stop = onSettingsChanged((s) => show({ ...s, ...pending.current }));
    const hidden = (): void => {
      if (document.visibilityState === 'hidden') flush();
    };
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      stop();
      flush();
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, [flush, show]);

  const update = useCallback(
    (change: Partial<Settings>) => {
      if (!latest.current) return;
      show({ ...latest.current, ...change });
      const { sites, ...prefs } = change;
      const changed = Object.keys(prefs).length > 0;
      // This device's copy at once (storage.local), storage.sync at most once a second.
      if (sites || changed) save(latest.current, { sites: !!sites, here: changed });
      if (!changed) return;
      pending.current = { ...pending.current, ...prefs };
      if (timer.current === undefined) tick();
    },
    [save, show, tick],
  );
  return { settings, update, error };
}

/** Theme on <html> (`system` leaves it to the browser's colour scheme). */
export function useTheme(settings: Settings | null): void {
  useEffect(() => {
    if (!settings || settings.theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = settings.theme;
  }, [settings?.theme]);
}
