import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/browser/i18n';
import { sanitizeToFragment } from '@/utils/sanitize';

// The first paint shows at most this much HTML: sanitizing and laying out megabytes at once
// froze the popup for 5 s on a 10 MB page (test/e2e/hostile.test.ts).
const FIRST_PAINT = 200_000;

interface Props {
  html: string;
  lang: string;
  /** Called with the element after the article's nodes are in it (for conversion). */
  onMount?: (el: HTMLElement) => void;
}

/** The class of the "show the rest" paragraph after a long article's first part (the highlights list reads it). */
export const MORE = 'qd-more';

/** The part of `html` to paint first: whole, or cut after a closing block tag. */
export function firstPart(html: string, limit = FIRST_PAINT): string {
  if (html.length <= limit) return html;
  const cut = Math.max(html.lastIndexOf('</p>', limit), html.lastIndexOf('</div>', limit), html.lastIndexOf('</li>', limit));
  return cut > 0 ? html.slice(0, html.indexOf('>', cut) + 1) : html.slice(0, limit);
}

/** Article HTML, sanitized again here and appended as nodes: no HTML string is assigned. */
export function SanitizedHtml({ html, lang, onMount }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [all, setAll] = useState(false);
  const shown = all ? html : firstPart(html);
  useLayoutEffect(() => {
    const el = ref.current!;
    el.replaceChildren(sanitizeToFragment(shown, window));
    onMount?.(el);
  }, [shown]);
  return (
    <>
      <div class="qd-body" lang={lang} ref={ref} />
      {shown.length < html.length && (
        <p class={MORE}>
          <button type="button" class="qd-action" onClick={() => setAll(true)}>
            {t('showAll', String(Math.round((html.length - shown.length) / 1000)))}
          </button>
        </p>
      )}
    </>
  );
}
