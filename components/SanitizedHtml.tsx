import { useLayoutEffect, useRef } from 'preact/hooks';
import { sanitizeToFragment } from '@/utils/sanitize';

interface Props {
  html: string;
  lang: string;
  /** Called with the element after the article's nodes are in it (for conversion). */
  onMount?: (el: HTMLElement) => void;
}

/** Article HTML, sanitized again here and appended as nodes: no HTML string is assigned. */
export function SanitizedHtml({ html, lang, onMount }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current!;
    el.replaceChildren(sanitizeToFragment(html, window));
    onMount?.(el);
  }, [html]);
  return <div class="qd-body" lang={lang} ref={ref} />;
}
