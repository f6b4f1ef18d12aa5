import type { Article } from '@/utils/article';
import { t } from '@/utils/browser/i18n';
import { safeUrl } from '@/utils/clip/escape';
import type { PagesLoading } from './useWholeArticle';

/** A link to a page of the article (its own site's http(s) address only). */
function PageLink({ url, label }: { url: string; label: string }) {
  const href = /^https?:/i.test(url) ? safeUrl(url) : null;
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {label}
    </a>
  ) : null;
}

/**
 * Under a multi-page article: the page on its way, or what joining gave (all pages, stopped at
 * the limit, a page that failed and why), or, when joining is off or impossible, that more
 * pages exist and where the next one is.
 */
export function PagesNote({ article, loading }: { article: Article; loading: PagesLoading | null }) {
  const pages = article.pages;
  const joined = article.joined;
  if (loading)
    return (
      <p class="qd-pages" role="status">
        {t('pagesLoading', String(loading.page), String(loading.total))}
      </p>
    );
  if (joined?.failed)
    return (
      <p class="qd-notice qd-pages" role="note">
        {t('pagesFailed', String(joined.failed.page), joined.failed.error, String(joined.pages))}{' '}
        <PageLink url={joined.failed.url} label={t('pagesOpen', String(joined.failed.page))} />
      </p>
    );
  if (joined?.capped)
    return (
      <p class="qd-notice qd-pages" role="note">
        {t('pagesCapped', String(joined.pages))}
      </p>
    );
  // The pager led to another article, or to this one again (a pager of its comments), at once.
  if (joined?.ended && joined.pages === 1) return null;
  if (joined) {
    // Opened on a later page: say which pages these are.
    const from = pages?.number ?? 1;
    return (
      <p class="qd-pages" role="note">
        {from === 1 && joined.pages >= joined.total
          ? t('pagesJoined', String(joined.pages))
          : t('pagesPartial', String(from), String(from + joined.pages - 1), String(joined.total))}
      </p>
    );
  }
  if (pages?.next.length)
    return (
      <p class="qd-notice qd-pages" role="note">
        {t('pagesMore', String(pages.total), String(pages.number))} <PageLink url={pages.next[0]!} label={t('pagesOpen', String(pages.number + 1))} />
      </p>
    );
  return null;
}
