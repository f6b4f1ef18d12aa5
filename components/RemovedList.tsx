import type { Removal } from '@/utils/article';
import { t, type MessageKey } from '@/utils/browser/i18n';
import en from '@/public/_locales/en/messages.json';

/** The removal's kind in the UI's language (by its pass); the pass's own reason in English as detail. */
function kind(r: Removal): string {
  const key = `removed_${r.pass.replace(/-/g, '_')}`;
  return key in en ? t(key as MessageKey) : r.reason;
}

interface Props {
  removals: Removal[];
  /** Put removal `i` back in the article, where it was. */
  onRestore?: (i: number) => void;
  restored?: ReadonlySet<number>;
  /** Keep removal `i` (one the reader made) as a rule for the site. */
  onAlways?: (i: number) => void;
  kept?: ReadonlySet<number>;
}

/** "What was removed": each removal with its reason, and "restore" for blocks from the article. */
export function RemovedList({ removals, onRestore, restored, onAlways, kept }: Props) {
  if (!removals.length) return null;
  return (
    <details class="qd-removed">
      <summary>{t('removed', String(removals.length))}</summary>
      <p class="qd-help">{t('removedHelp')}</p>
      <ol>
        {removals.map((r, i) => (
          <li>
            <span class="qd-reason" title={r.reason}>
              {kind(r)}
            </span>
            <span class="qd-removed-text">{r.text}</span>
            {r.html && onRestore && (
              <button type="button" class="qd-action qd-restore" disabled={restored?.has(i)} onClick={() => onRestore(i)}>
                {restored?.has(i) ? t('restored') : t('restore')}
              </button>
            )}
            {r.pass === 'user' && onAlways && !restored?.has(i) && (
              <button type="button" class="qd-action qd-always" disabled={kept?.has(i)} onClick={() => onAlways(i)}>
                {kept?.has(i) ? t('pickAlwaysKept') : t('pickAlways')}
              </button>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
