import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/browser/i18n';
import { loadSiteAuto, setSiteAuto, type SiteAuto } from '@/utils/browser/site-auto';

const OFF: SiteAuto = { convert: false, reader: false };

/**
 * "Always for this site": convert the live page to the site's script, and/or open the reader
 * in its place. Ticking asks the browser for this site's access alone; without it nothing is
 * saved, and the box says so.
 */
export function SiteAutoControls({ site }: { site: string }) {
  const [rule, setRule] = useState<SiteAuto | null>(null);
  const [problem, setProblem] = useState('');
  useEffect(() => {
    void loadSiteAuto().then((rules) => setRule(rules[site] ?? OFF));
  }, [site]);
  if (!rule) return null;
  const set = (next: SiteAuto): void => {
    setSiteAuto(site, next).then(
      (now) => {
        setRule(now);
        setProblem((next.convert || next.reader) && !now.convert && !now.reader ? t('siteAutoDenied') : '');
      },
      (e: unknown) => setProblem(e instanceof Error ? e.message : String(e)),
    );
  };
  return (
    <fieldset class="qd-site-auto">
      <legend>{t('siteAutoLabel', new URL(site).host)}</legend>
      <label class="qd-check">
        <input type="checkbox" name="auto-convert" checked={rule.convert} onChange={(e) => set({ ...rule, convert: e.currentTarget.checked })} />
        {t('siteAutoConvert')}
      </label>
      <label class="qd-check">
        <input type="checkbox" name="auto-reader" checked={rule.reader} onChange={(e) => set({ ...rule, reader: e.currentTarget.checked })} />
        {t('siteAutoReader')}
      </label>
      {problem && (
        <p class="qd-notice" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
