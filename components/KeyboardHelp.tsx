import { useEffect, useRef } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/browser/i18n';

export const SHORTCUTS: [string, MessageKey][] = [
  ['Esc', 'keyClose'],
  ['T', 'keyTheme'],
  ['+ / −', 'keySize'],
  ['S', 'keyScript'],
  ['C', 'keyCopy'],
  ['N', 'keyReadAloud'],
  ['H', 'keyHighlight'],
  ['?', 'keyHelp'],
];

/** The keyboard shortcuts, in a modal dialog (Esc or the button closes it). */
export function KeyboardHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current!;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} class="qd-help-dialog" aria-labelledby="qd-keys" onClose={onClose}>
      <h2 id="qd-keys">{t('keysTitle')}</h2>
      <dl>
        {SHORTCUTS.map(([key, label]) => (
          <div>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{t(label)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" class="qd-action" onClick={onClose}>
        {t('close')}
      </button>
    </dialog>
  );
}
