import type { Article, ReasonCode } from '@/utils/article';
import { t, uiLanguage, type MessageKey } from '@/utils/browser/i18n';

/** Why this is not an article, in the UI's language (the record's English `reason` when it has no codes). */
export function reasonFor(article: Article): string {
  const codes = article.reasonCodes ?? [];
  if (!codes.length) return article.reason ?? '';
  const key = (prefix: string, code: ReasonCode): MessageKey => `${prefix}_${code.replace(/-/g, '_')}` as MessageKey;
  if (['no-text', 'weak-evidence', 'empty-selection'].includes(codes[0]!)) return t(key('why', codes[0]!));
  const looks = new Intl.ListFormat(uiLanguage(), { type: 'disjunction' }).format(codes.map((c) => t(key('looks', c))));
  return t('whyLooksLike', looks);
}

/** "No article here", why, and a way to see what was found anyway (popup and reader). */
export function NotArticleView({ article, onShowAnyway }: { article: Article; onShowAnyway: () => void }) {
  return (
    <div class="qd-status" role="status">
      <p class="qd-status-title">{t('notArticle')}</p>
      <p class="qd-detail">{reasonFor(article)}</p>
      {article.text && (
        <button type="button" class="qd-action" onClick={onShowAnyway}>
          {t('showAnyway')}
        </button>
      )}
    </div>
  );
}
