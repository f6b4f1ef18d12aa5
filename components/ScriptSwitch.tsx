import type { Target } from '@/utils/convert/targets';
import { t, type MessageKey } from '@/utils/browser/i18n';
import { radioKeyDown, rovingTabIndex } from './radio-keys';

const OPTIONS: [Target, MessageKey, string][] = [
  ['original', 'scriptOriginal', ''],
  ['cn', 'scriptCn', 'zh-Hans'],
  ['tw', 'scriptTw', 'zh-Hant-TW'],
  ['hk', 'scriptHk', 'zh-Hant-HK'],
];

interface Props {
  value: Target;
  busy: boolean;
  onChange: (t: Target) => void;
}

/** 原文 / 简体 / 繁體(台灣) / 繁體(香港), as a radio group. */
export function ScriptSwitch({ value, busy, onChange }: Props) {
  return (
    <div class="qd-switch" role="radiogroup" aria-label={t('scriptLabel')} aria-busy={busy}>
      {OPTIONS.map(([target, label, lang], i) => (
        <button
          type="button"
          role="radio"
          aria-checked={value === target || value === `${target}p`}
          tabIndex={rovingTabIndex(value === target || value === `${target}p`)}
          lang={lang || undefined}
          data-target={target}
          onClick={() => onChange(target)}
          onKeyDown={(e) => radioKeyDown(e, i, OPTIONS.length, (j) => onChange(OPTIONS[j]![0]))}
        >
          {t(label)}
        </button>
      ))}
    </div>
  );
}
