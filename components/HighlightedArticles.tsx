import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/browser/i18n';
import { forgetHighlights, highlightedArticles, type HighlightedArticle } from '@/utils/browser/highlight-store';
import { safeUrl } from '@/utils/clip/escape';

/** Settings: the articles with highlights and notes on this device, each to open or clear, or all at once. */
export function HighlightedArticles() {
  const [list, setList] = useState<HighlightedArticle[] | null>(null);
  const reload = (): Promise<void> => highlightedArticles().then(setList);
  useEffect(() => void reload(), []);
  return (
    <section aria-labelledby="hl-settings-title" class="qd-highlighted">
      <h2 id="hl-settings-title">{t('hlSettingsTitle')}</h2>
      <p class="qd-help">{t('hlSettingsHelp')}</p>
      {list && !list.length && <p class="qd-help">{t('hlSettingsNone')}</p>}
      {list && list.length > 0 && (
        <>
          <ul class="qd-sites">
            {list.map((a) => (
              <li key={a.url}>
                <span class="qd-rule-text">
                  {safeUrl(a.url) ? (
                    <a href={safeUrl(a.url)!} target="_blank" rel="noopener noreferrer">
                      {a.title || a.url}
                    </a>
                  ) : (
                    a.title || a.url
                  )}
                </span>
                <span>{t('hlSettingsCount', String(a.count))}</span>
                <button type="button" class="qd-action" onClick={() => void forgetHighlights([a.url]).then(reload)}>
                  {t('hlSettingsForget')}
                </button>
              </li>
            ))}
          </ul>
          <div class="qd-tools">
            <button type="button" class="qd-action qd-hl-forget-all" onClick={() => void forgetHighlights().then(reload)}>
              {t('hlSettingsForgetAll')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
