import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '@/components/article.css';
import { ArticleView } from '@/components/ArticleView';
import { StatusView } from '@/components/StatusView';
import { outcomeKey, type TabOutcome } from '@/utils/extract-tab';
import { t } from '@/utils/i18n';

/** Full-tab reader: what the popup or the context menu read from `?tab=ID`. */
function Reader() {
  const [outcome, setOutcome] = useState<TabOutcome | null | undefined>(undefined);
  useEffect(() => {
    const key = outcomeKey(Number(new URLSearchParams(location.search).get('tab')));
    void browser.storage.session.get(key).then((got) => {
      const o = (got[key] as TabOutcome | undefined) ?? null;
      setOutcome(o);
      if (o && 'article' in o) document.title = `${o.article.title || o.article.url} · 清讀`;
    });
  }, []);
  return (
    <main class="qd-reader" aria-busy={outcome === undefined}>
      {outcome === undefined ? (
        <StatusView outcome={null} />
      ) : outcome === null ? (
        <p class="qd-status" role="status">
          {t('readerMissing')}
        </p>
      ) : 'article' in outcome ? (
        <ArticleView article={outcome.article} />
      ) : (
        <StatusView outcome={outcome} />
      )}
    </main>
  );
}

render(<Reader />, document.getElementById('app')!);
