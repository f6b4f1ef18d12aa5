import { tabImageReader } from '@/utils/browser/tab-images';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ArticleView } from '@/components/ArticleView';
import { ConvertBox } from '@/components/ConvertBox';
import { useUserRules } from '@/components/useUserRules';
import { SiteAutoControls } from '@/components/SiteAutoControls';
import { siteOf } from '@/utils/browser/site-auto';
import { NotArticleView } from '@/components/NotArticleView';
import { StatusView } from '@/components/StatusView';
import { useSettings, useTheme } from '@/components/useSettings';
import { useWholeArticle } from '@/components/useWholeArticle';
import { extractTab } from '@/utils/browser/extract-tab';
import { keepOutcome } from '@/utils/browser/outcome-store';
import { t } from '@/utils/browser/i18n';
import type { Target } from '@/utils/convert/targets';
import { readerPath, type TabOutcome } from '@/utils/outcome';
import { convertPage, pageConverted } from '@/utils/browser/page-convert';
import { scriptFor } from '@/utils/settings';
import { hostname } from '@/utils/url';

/** The tab to read: `?tab=ID` (tests, a popup opened as a page), else the active tab. */
async function targetTab(): Promise<{ id: number; url?: string } | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param) {
    const tab = await browser.tabs.get(Number(param));
    return { id: tab.id!, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

export function App() {
  const [outcome, setOutcome] = useState<TabOutcome | null>(null);
  // Said under the buttons when the outcome could not be kept whole for a reader tab.
  const [readerNote, setReaderNote] = useState<string | null>(null);
  const [tab, setTab] = useState<{ id: number; url?: string } | null>(null);
  const tabId = tab?.id ?? null;
  const [showAnyway, setShowAnyway] = useState(false);
  const [pasteOpen, setPasteOpen] = useState(false);
  const { settings, update, error: settingsError } = useSettings();
  useTheme(settings);

  // The script on screen, and whether the live page is shown in it too ("Convert this page").
  const [target, setTarget] = useState<Target | null>(null);
  const [pageOn, setPageOn] = useState(false);

  useEffect(() => {
    void (async () => {
      const tab = await targetTab();
      if (!tab) return setOutcome({ kind: 'forbidden', why: 'no-page' });
      setTab(tab);
      const got = await extractTab(tab.id, tab.url);
      setOutcome(got.outcome);
      setReaderNote(got.readerNote);
      setPageOn(await pageConverted(tab.id));
    })();
  }, []);

  // An article split over pages: the following ones joined after the first is on screen.
  const whole = useWholeArticle(outcome, tabId, settings?.joinPages, (joined) => {
    if (tab) void keepOutcome(tab.id, joined, tab.url).then(setReaderNote);
  });
  // …and with the user's removal rules for the site applied.
  const article = useUserRules(whole.outcome && 'article' in whole.outcome ? whole.outcome.article : null);
  const shown: Target = target ?? (settings && article ? scriptFor(settings, article.url) : 'original');
  const applyToPage = (on: boolean, to: Target): void => {
    if (tabId === null || !article) return;
    setPageOn(on);
    void convertPage(tabId, article.script, on ? to : 'original', article.url).catch(() => setPageOn(false));
  };

  const openReader = (): void => {
    if (!tab) return;
    void browser.tabs.create({ url: browser.runtime.getURL(readerPath(tab.id, tab.url)) });
    window.close();
  };
  const actions = (
    <>
      <div class="qd-tools">
        <button
          type="button"
          class="qd-action"
          aria-pressed={pageOn}
          disabled={shown === 'original' && !pageOn}
          title={t('convertPageHelp')}
          onClick={() => applyToPage(!pageOn, shown)}
        >
          {pageOn ? t('restorePage') : t('convertPage')}
        </button>
        <button type="button" class="qd-action" onClick={openReader}>
          {t('openReader')}
        </button>
      </div>
      {readerNote && (
        <p class="qd-notice" role="note">
          {readerNote}
        </p>
      )}
      {tab?.url && siteOf(tab.url) && <SiteAutoControls site={siteOf(tab.url)!} />}
    </>
  );

  return (
    <main class="qd-popup" aria-busy={!outcome}>
      {settingsError && (
        <p class="qd-notice" role="alert">
          {settingsError}
        </p>
      )}
      {settings && article && (outcome?.kind === 'article' || (outcome?.kind === 'not-article' && showAnyway)) ? (
        <ArticleView
          readImage={tabImageReader(tabId)}
          key={article.joined ? 'whole' : 'first'}
          article={article}
          pagesLoading={whole.loading}
          actions={actions}
          initialTarget={scriptFor(settings, article.url)}
          phrases={settings.phrases}
          singleKeys={settings.singleKeys}
          quotes={settings.quotes}
          onChooseTarget={(next) => {
            setTarget(next);
            update({ sites: { ...settings.sites, [hostname(article.url)]: next } });
            if (pageOn) applyToPage(next !== 'original', next);
          }}
        />
      ) : outcome?.kind === 'not-article' ? (
        <NotArticleView article={outcome.article} onShowAnyway={() => setShowAnyway(true)} />
      ) : (
        <StatusView outcome={outcome} />
      )}
      {settings && (
        <details class="qd-paste" onToggle={(e) => setPasteOpen(e.currentTarget.open)}>
          <summary>{t('convertText')}</summary>
          {/* Built when opened: the article's own script switch stays the only one until then. */}
          {pasteOpen && <ConvertBox quotes={settings.quotes} initialTarget={shown === 'original' ? 'tw' : shown} />}
        </details>
      )}
    </main>
  );
}
