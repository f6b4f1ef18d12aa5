import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '@/components/article.css';
import { TypographyFields } from '@/components/ReaderControls';
import { useSettings, useTheme } from '@/components/useSettings';
import { autoDetectOn, setAutoDetect } from '@/utils/auto-detect';
import type { Target } from '@/utils/convert/targets';
import { setPageLanguage, t, type MessageKey } from '@/utils/i18n';

const SCRIPTS: [Target, MessageKey][] = [
  ['original', 'scriptOriginal'],
  ['cn', 'scriptCn'],
  ['tw', 'scriptTw'],
  ['hk', 'scriptHk'],
];

/** Settings: reading defaults, per-site scripts, auto-detection. */
function Options() {
  const { settings, update } = useSettings();
  useTheme(settings);
  const [on, setOn] = useState<boolean | null>(null);
  const [denied, setDenied] = useState(false);
  useEffect(() => {
    document.title = t('optionsTitle');
    void autoDetectOn().then(setOn);
  }, []);
  const toggle = async (want: boolean): Promise<void> => {
    const now = await setAutoDetect(want);
    setOn(now);
    setDenied(want && !now);
  };
  const sites = Object.entries(settings?.sites ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const label = (target: Target): string => t(SCRIPTS.find(([k]) => k === target.replace(/p$/, ''))?.[1] ?? 'scriptOriginal');
  return (
    <main class="qd-options">
      <h1>{t('optionsTitle')}</h1>
      {settings && (
        <section aria-labelledby="reading">
          <h2 id="reading">{t('optionsReading')}</h2>
          <label class="qd-range">
            <span>{t('optionsScript')}</span>
            <select id="default-script" value={settings.script.replace(/p$/, '')} onChange={(e) => update({ script: e.currentTarget.value as Target })}>
              {SCRIPTS.map(([target, key]) => (
                <option value={target}>{t(key)}</option>
              ))}
            </select>
          </label>
          <label class="qd-check">
            <input type="checkbox" checked={settings.phrases} onChange={(e) => update({ phrases: e.currentTarget.checked })} />
            {t('optionsPhrases')}
          </label>
          <div class="qd-options-typography">
            <TypographyFields settings={settings} update={update} />
          </div>
          <h3>{t('optionsSites')}</h3>
          {sites.length ? (
            <ul class="qd-sites">
              {sites.map(([host, target]) => (
                <li>
                  <span>{host}</span>
                  <span>{label(target)}</span>
                  <button
                    type="button"
                    class="qd-action"
                    onClick={() => update({ sites: Object.fromEntries(Object.entries(settings.sites).filter(([h]) => h !== host)) })}
                  >
                    {t('optionsForget')}
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p class="qd-help">{t('optionsNoSites')}</p>
          )}
        </section>
      )}
      <section aria-labelledby="auto-detect-title">
        <h2 id="auto-detect-title">{t('autoDetectTitle')}</h2>
        <label class="qd-option">
          <input type="checkbox" id="auto-detect" checked={on === true} disabled={on === null} onChange={(e) => void toggle(e.currentTarget.checked)} />
          <span>{t('autoDetectLabel')}</span>
        </label>
        <p class="qd-help">{t('autoDetectHelp')}</p>
        {denied && (
          <p class="qd-status" role="alert">
            {t('autoDetectDenied')}
          </p>
        )}
      </section>
    </main>
  );
}

setPageLanguage();
render(<Options />, document.getElementById('app')!);
