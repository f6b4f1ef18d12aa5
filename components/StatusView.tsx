import type { TabOutcome } from '@/utils/outcome';
import { t, type MessageKey } from '@/utils/browser/i18n';

/** Loading, forbidden pages, errors: one clear sentence, never a blank popup. */
export function StatusView({ outcome }: { outcome: TabOutcome | null }) {
  if (!outcome) {
    return (
      <p class="qd-status" role="status" aria-live="polite">
        {t('loading')}
      </p>
    );
  }
  if (outcome.kind === 'forbidden') {
    return (
      <p class="qd-status" role="status">
        {t(`forbidden_${outcome.why.replace('-', '_')}` as MessageKey)}
      </p>
    );
  }
  if (outcome.kind === 'error') {
    return (
      <div class="qd-status" role="alert">
        <p>{t('error')}</p>
        <p class="qd-detail">
          {outcome.code === 'exception'
            ? t('errorDetail', outcome.message)
            : outcome.code
              ? t(`error_${outcome.code.replace('-', '_')}` as MessageKey)
              : outcome.message}
        </p>
      </div>
    );
  }
  return null;
}
