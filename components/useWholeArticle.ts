import { useEffect, useState } from 'preact/hooks';
import type { Article } from '@/utils/article';
import { followInTab } from '@/utils/browser/follow-tab';
import type { TabOutcome } from '@/utils/outcome';

/** The page being loaded, while the following pages of an article are read. */
export interface PagesLoading {
  page: number;
  total: number;
}

const failedAt = (a: Article, error: unknown): Article => ({
  ...a,
  joined: {
    pages: 1,
    total: a.pages?.total ?? 1,
    failed: { page: (a.pages?.number ?? 1) + 1, url: a.pages?.next[0] ?? a.url, error: error instanceof Error ? error.message : String(error) },
  },
});

/**
 * An article split over pages, made whole: the first page is shown at once, the following ones
 * are read in the article's tab and joined (`loading` says which page is on its way), and the
 * joined outcome is handed to `keep` (the reader tab reads it). Off when `enabled` is false.
 */
export function useWholeArticle(
  outcome: TabOutcome | null | undefined,
  tabId: number | null,
  enabled: boolean | undefined,
  keep?: (joined: TabOutcome) => void,
): { outcome: TabOutcome | null | undefined; loading: PagesLoading | null } {
  const [joined, setJoined] = useState<TabOutcome | null>(null);
  const [loading, setLoading] = useState<PagesLoading | null>(null);
  useEffect(() => {
    if (!enabled || tabId === null || outcome?.kind !== 'article') return;
    const first = outcome.article;
    if (first.joined || !first.pages?.next.length) return;
    let live = true;
    const done = (article: Article): void => {
      if (!live) return;
      const whole: TabOutcome = { ...outcome, article };
      performance.mark('qd-pages-joined'); // bench/open.ts reads it
      setJoined(whole);
      keep?.(whole);
    };
    setLoading({ page: first.pages.number + 1, total: first.pages.total });
    followInTab(tabId, first, (page, total) => live && setLoading({ page, total }))
      .then(done, (e: unknown) => done(failedAt(first, e)))
      .finally(() => live && setLoading(null));
    return () => {
      live = false;
    };
  }, [outcome, tabId, enabled]);
  return { outcome: joined ?? outcome, loading };
}
