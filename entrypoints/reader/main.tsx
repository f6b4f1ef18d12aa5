import { tabImageReader } from '@/utils/browser/tab-images';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '@/components/article.css';
import { ArticleView } from '@/components/ArticleView';
import { KeyboardHelp } from '@/components/KeyboardHelp';
import { ReaderControls } from '@/components/ReaderControls';
import { useCommand, useShortcuts } from '@/components/shortcuts';
import { NotArticleView } from '@/components/NotArticleView';
import { StatusView } from '@/components/StatusView';
import { useSettings, useTheme } from '@/components/useSettings';
import { useWholeArticle } from '@/components/useWholeArticle';
import { useUserRules } from '@/components/useUserRules';
import { keepOutcome, readOutcome } from '@/utils/browser/outcome-store';
import type { TabOutcome } from '@/utils/outcome';
import { setPageLanguage, t } from '@/utils/browser/i18n';
import { LIMITS, nextTheme, scriptFor, type Settings } from '@/utils/settings';
import { safeUrl } from '@/utils/clip/escape';
import { hostname } from '@/utils/url';

/** Typography as CSS custom properties and classes on the reader (article.css reads them). */
function readerStyle(s: Settings): Record<string, string> {
  return { '--qd-size': `${s.size}px`, '--qd-line': String(s.lineHeight), '--qd-width': String(s.width), '--qd-spacing': `${s.spacing}em` };
}

const params = new URLSearchParams(location.search);
// The news page this reader was opened from (http(s) only), offered when its article is gone.
const address = params.get('url') ?? '';
const original = /^https?:/i.test(address) ? safeUrl(address) : null;

/** Full-tab reader: what the popup or the context menu read from `?tab=ID&url=ADDRESS`. */
function Reader() {
  const [outcome, setOutcome] = useState<TabOutcome | null | undefined>(undefined);
  const [help, setHelp] = useState(false);
  const [showAnyway, setShowAnyway] = useState(false);
  const { settings, update, error: settingsError } = useSettings();
  useTheme(settings);

  useEffect(() => {
    void readOutcome(Number(params.get('tab')), params.get('url')).then((o) => {
      setOutcome(o);
      if (o && 'article' in o) document.title = `${o.article.title || o.article.url} · 清讀`;
    });
  }, []);

  // Esc closes, T cycles the theme, + and − change the size, ? shows the shortcuts.
  const cycleTheme = (): void => {
    if (settings) update({ theme: nextTheme(settings.theme, matchMedia('(prefers-color-scheme: dark)').matches) });
  };
  useCommand('next-theme', cycleTheme);
  useShortcuts((key) => {
    if (!settings) return;
    // Escape closes the tab, unless it is closing a dialog (its state may not have caught up yet)
    // or ending "remove a block" (the article view ends it).
    if (key === 'Escape' && !help && !document.querySelector('dialog[open], .qd-picking')) window.close();
    else if (key === 't' || key === 'T') cycleTheme();
    else if (key === '+' || key === '=') update({ size: Math.min(LIMITS.size[1], settings.size + 1) });
    else if (key === '-' || key === '_') update({ size: Math.max(LIMITS.size[0], settings.size - 1) });
    else if (key === '?') setHelp(true);
  }, settings?.singleKeys ?? true);

  // An article split over pages: joined here too when the popup closed before it was (its tab must still be open).
  const tabId = Number(params.get('tab'));
  const whole = useWholeArticle(outcome, Number.isInteger(tabId) && tabId >= 0 ? tabId : null, settings?.joinPages, (joined) => {
    void keepOutcome(tabId, joined, address || undefined);
  });
  const shown = whole.outcome;
  // The user's removal rules for the site, applied to the article.
  const ruled = useUserRules(shown && 'article' in shown ? shown.article : null);

  const ready = outcome !== undefined && settings !== null;
  const classes = ['qd-reader', `qd-font-${settings?.font ?? 'sans'}`, settings?.indent ? 'qd-indent' : '', settings?.justify === false ? 'qd-ragged' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <main class={classes} style={settings ? readerStyle(settings) : undefined} aria-busy={!ready}>
      {settingsError && (
        <p class="qd-notice" role="alert">
          {settingsError}
        </p>
      )}
      {!ready ? (
        <StatusView outcome={null} />
      ) : shown === null || shown === undefined ? (
        <div class="qd-status" role="status">
          <p>{t('readerMissing')}</p>
          {original && (
            <a class="qd-action" href={original}>
              {t('original')}
            </a>
          )}
        </div>
      ) : shown.kind === 'not-article' && !showAnyway ? (
        <NotArticleView article={shown.article} onShowAnyway={() => setShowAnyway(true)} />
      ) : 'article' in shown && !ruled ? (
        <StatusView outcome={null} />
      ) : 'article' in shown && ruled ? (
        <ArticleView
          readImage={tabImageReader(Number.isInteger(tabId) && tabId >= 0 ? tabId : null)}
          key={ruled.joined ? 'whole' : 'first'}
          article={ruled}
          pagesLoading={whole.loading}
          readAloud
          initialTarget={scriptFor(settings, shown.article.url)}
          phrases={settings.phrases}
          singleKeys={settings.singleKeys}
          quotes={settings.quotes}
          onChooseTarget={(target) => update({ sites: { ...settings.sites, [hostname(shown.article.url)]: target } })}
          actions={
            <div class="qd-tools">
              <ReaderControls settings={settings} update={update} />
              <button type="button" class="qd-action" aria-label={t('keysTitle')} onClick={() => setHelp(true)}>
                ?
              </button>
            </div>
          }
        />
      ) : (
        <StatusView outcome={shown} />
      )}
      <KeyboardHelp open={help} onClose={() => setHelp(false)} />
    </main>
  );
}

setPageLanguage();
render(<Reader />, document.getElementById('app')!);
