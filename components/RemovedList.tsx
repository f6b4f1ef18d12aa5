import type { Removal } from '@/utils/article';
import { t } from '@/utils/i18n';

/** "What was removed": each removal with its pass and reason, collapsed by default. */
export function RemovedList({ removals }: { removals: Removal[] }) {
  if (!removals.length) return null;
  return (
    <details class="qd-removed">
      <summary>{t('removed', String(removals.length))}</summary>
      <p class="qd-help">{t('removedHelp')}</p>
      <ol>
        {removals.map((r) => (
          <li>
            <span class="qd-reason">{r.reason}</span>
            <span class="qd-removed-text">{r.text}</span>
          </li>
        ))}
      </ol>
    </details>
  );
}
