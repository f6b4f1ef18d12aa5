import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/browser/i18n';
import { loadWords } from '@/utils/browser/word-store';
import { loadConverter, personalized, type ConvertFn } from '@/utils/convert/load-converter';
import { TARGET_LANG, directionFor, type Target } from '@/utils/convert/targets';
import { detectScript } from '@/utils/script-detect';
import { ScriptSwitch } from './ScriptSwitch';

interface Props {
  initialText?: string;
  initialTarget?: Target;
  /** Quotation marks follow the script (Settings). */
  quotes: boolean;
}

/**
 * Convert any text: pasted or typed (the popup's paste box), or a selection the context menu
 * brought (the Convert text page). Converted as it changes, with the word list and the
 * quotation-mark setting, like the article; Copy puts the result on the clipboard.
 */
export function ConvertBox({ initialText = '', initialTarget = 'tw', quotes }: Props) {
  const [text, setText] = useState(initialText);
  const [target, setTarget] = useState<Target>(initialTarget);
  const [output, setOutput] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const converters = useRef(new Map<string, Promise<ConvertFn>>());

  useEffect(() => {
    let live = true;
    setStatus('');
    const dir = directionFor(detectScript(text).script, target);
    if (!dir) {
      setOutput(text);
      return;
    }
    const key = `${dir.from}->${dir.to}${quotes ? ' quotes' : ''}`;
    let made = converters.current.get(key);
    if (!made) {
      made = Promise.all([loadConverter(dir.from, dir.to), loadWords().catch(() => [])]).then(([converter, words]) =>
        personalized(converter, words, quotes, dir.to),
      );
      converters.current.set(key, made);
    }
    setBusy(true);
    void made
      .then((fn) => live && setOutput(fn(text)))
      .catch((e: unknown) => live && setStatus(e instanceof Error ? e.message : String(e)))
      .finally(() => live && setBusy(false));
    return () => {
      live = false;
    };
  }, [text, target, quotes]);

  const copy = (): void => {
    navigator.clipboard.writeText(output).then(
      () => setStatus(t('copied')),
      (e: unknown) => setStatus(e instanceof Error ? e.message : String(e)),
    );
  };
  return (
    <div class="qd-convert-box">
      <ScriptSwitch value={target} busy={busy} onChange={setTarget} />
      <label class="qd-convert-field">
        <span>{t('convertInput')}</span>
        <textarea rows={4} value={text} placeholder={t('convertTextHelp')} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <label class="qd-convert-field">
        <span>{t('convertOutput')}</span>
        <textarea rows={4} readOnly value={output} lang={target === 'original' ? undefined : TARGET_LANG[target]} />
      </label>
      <div class="qd-tools">
        <button type="button" class="qd-action" disabled={!output} onClick={copy}>
          {t('copy')}
        </button>
        <span class="qd-clip-status" role="status">
          {status}
        </span>
      </div>
    </div>
  );
}
