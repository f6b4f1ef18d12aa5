import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadSettings, onSettingsChanged, saveSettings } from '@/utils/browser/settings-store';
import type { Settings } from '@/utils/settings';

/** Settings from storage.sync, following changes made elsewhere (options page, other tabs). */
export function useSettings(): { settings: Settings | null; update: (change: Partial<Settings>) => void } {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  const update = useCallback((change: Partial<Settings>) => {
    setSettings((s) => (s ? { ...s, ...change } : s));
    void saveSettings(change);
  }, []);
  return { settings, update };
}

/** Theme on <html> (`system` leaves it to the browser's colour scheme). */
export function useTheme(settings: Settings | null): void {
  useEffect(() => {
    if (!settings || settings.theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = settings.theme;
  }, [settings?.theme]);
}
