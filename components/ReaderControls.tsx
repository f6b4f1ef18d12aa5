import { FONTS, LIMITS, THEMES, type Settings } from '@/utils/settings';
import { t, type MessageKey } from '@/utils/browser/i18n';
import { radioKeyDown, rovingTabIndex } from './radio-keys';

interface Props {
  settings: Settings;
  update: (change: Partial<Settings>) => void;
}

const THEME_LABEL: Record<Settings['theme'], MessageKey> = { system: 'themeSystem', light: 'themeLight', sepia: 'themeSepia', dark: 'themeDark' };
const FONT_LABEL: Record<Settings['font'], MessageKey> = { sans: 'fontSans', serif: 'fontSerif', kai: 'fontKai' };

function Range({
  label,
  value,
  min,
  max,
  step,
  onInput,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onInput: (v: number) => void;
}) {
  return (
    <label class="qd-range">
      <span>{label}</span>
      <input type="range" min={min} max={max} step={step} value={value} onInput={(e) => onInput(Number(e.currentTarget.value))} />
      <output>{value}</output>
    </label>
  );
}

/** The reader's "Aa" panel. */
export function ReaderControls(props: Props) {
  return (
    <details class="qd-controls">
      <summary class="qd-action" aria-label={t('typography')}>
        Aa
      </summary>
      <div class="qd-panel">
        <TypographyFields {...props} />
      </div>
    </details>
  );
}

/** Theme, font, size, line height, width, spacing, indent, justify (reader panel and options page). */
export function TypographyFields({ settings: s, update }: Props) {
  return (
    <>
      <div class="qd-themes" role="radiogroup" aria-label={t('theme')}>
        {THEMES.map((theme, i) => (
          <button
            type="button"
            role="radio"
            aria-checked={s.theme === theme}
            tabIndex={rovingTabIndex(s.theme === theme)}
            data-theme-choice={theme}
            onClick={() => update({ theme })}
            onKeyDown={(e) => radioKeyDown(e, i, THEMES.length, (j) => update({ theme: THEMES[j]! }))}
          >
            {t(THEME_LABEL[theme])}
          </button>
        ))}
      </div>
      <label class="qd-range">
        <span>{t('font')}</span>
        <select value={s.font} onChange={(e) => update({ font: e.currentTarget.value as Settings['font'] })}>
          {FONTS.map((f) => (
            <option value={f}>{t(FONT_LABEL[f])}</option>
          ))}
        </select>
      </label>
      <Range label={t('fontSize')} value={s.size} min={LIMITS.size[0]} max={LIMITS.size[1]} step={1} onInput={(size) => update({ size })} />
      <Range
        label={t('lineHeight')}
        value={s.lineHeight}
        min={LIMITS.lineHeight[0]}
        max={LIMITS.lineHeight[1]}
        step={0.1}
        onInput={(lineHeight) => update({ lineHeight })}
      />
      <Range label={t('measure')} value={s.width} min={LIMITS.width[0]} max={LIMITS.width[1]} step={1} onInput={(width) => update({ width })} />
      <Range label={t('spacing')} value={s.spacing} min={LIMITS.spacing[0]} max={LIMITS.spacing[1]} step={0.05} onInput={(spacing) => update({ spacing })} />
      <label class="qd-check">
        <input type="checkbox" checked={s.indent} onChange={(e) => update({ indent: e.currentTarget.checked })} />
        {t('indent')}
      </label>
      <label class="qd-check">
        <input type="checkbox" checked={s.justify} onChange={(e) => update({ justify: e.currentTarget.checked })} />
        {t('justify')}
      </label>
    </>
  );
}
