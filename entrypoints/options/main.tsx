import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '@/components/article.css';
import { autoDetectOn, setAutoDetect } from '@/utils/auto-detect';
import { t } from '@/utils/i18n';

/** Settings. For now: auto-detection (issue 5); reader defaults will join it. */
function Options() {
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
  return (
    <main class="qd-options">
      <h1>{t('optionsTitle')}</h1>
      <section aria-labelledby="auto-detect">
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

render(<Options />, document.getElementById('app')!);
