/**
 * Convert text: the selected text the context menu brought (kept for this page in
 * storage.session, then forgotten), or anything pasted; converted with the word list and the
 * quotation-mark setting, and copied with one click.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '@/components/article.css';
import { ConvertBox } from '@/components/ConvertBox';
import { useSettings, useTheme } from '@/components/useSettings';
import { setPageLanguage, t } from '@/utils/browser/i18n';
import { takeConvertText } from '@/utils/browser/convert-selection';
import type { Target } from '@/utils/convert/targets';

const TARGETS: readonly Target[] = ['original', 'cn', 'tw', 'hk'];
const asked = new URLSearchParams(location.search).get('to') as Target | null;

function ConvertPage() {
  const { settings } = useSettings();
  useTheme(settings);
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    void takeConvertText().then(setText);
  }, []);
  return (
    <main class="qd-reader qd-convert-page" aria-busy={text === null || !settings}>
      <h1 class="qd-title">{t('convertText')}</h1>
      {text !== null && settings && <ConvertBox initialText={text} initialTarget={asked && TARGETS.includes(asked) ? asked : 'tw'} quotes={settings.quotes} />}
    </main>
  );
}

setPageLanguage();
document.title = t('convertPageTitle');
render(<ConvertPage />, document.getElementById('app')!);
