import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '@/utils/article';
import { convertDom, type ConvertedDom, type TextSource } from '@/utils/convert/convert-dom';
import { loadConverter, memoized, personalized, preloadConverter, type ConvertFn } from '@/utils/convert/load-converter';
import { directionFor, langIn, likelyTarget, type Target } from '@/utils/convert/targets';
import { loadWords } from '@/utils/browser/word-store';
import { AS_WRITTEN } from '@/utils/highlights';

const same: ConvertFn = (s) => s;

/**
 * The chosen script for an article view: converts the body's text nodes in place (restoring
 * the originals first, so switching back is exact) and gives a converter for the strings.
 * Converters load on demand; the article is on screen before any dictionary arrives.
 */
export function useConversion(article: Article, quotes = false) {
  const [target, setTarget] = useState<Target>('original');
  const [convert, setConvert] = useState<ConvertFn>(() => same);
  const [busy, setBusy] = useState(false);
  const body = useRef<HTMLElement | null>(null);
  const converted = useRef<ConvertedDom | null>(null);
  const request = useRef(0);
  // One remembering converter per direction, for the life of the view.
  const converters = useRef(new Map<string, ConvertFn>());

  const choose = useCallback(
    async (next: Target) => {
      const id = ++request.current;
      setTarget(next);
      const dir = directionFor(article.script, next, article.url);
      let fn: ConvertFn = same;
      if (dir) {
        setBusy(true);
        try {
          const key = `${dir.from}->${dir.to}${quotes ? ' quotes' : ''}`;
          let known = converters.current.get(key);
          if (!known) {
            const [converter, words] = await Promise.all([loadConverter(dir.from, dir.to), loadWords().catch(() => [])]);
            known = memoized(personalized(converter, words, quotes, dir.to));
            converters.current.set(key, known);
          }
          fn = known;
        } finally {
          if (id === request.current) setBusy(false);
        }
      }
      if (id !== request.current) return; // a later click won
      converted.current?.restore();
      converted.current = body.current && fn !== same ? convertDom(body.current, fn) : null;
      setConvert(() => fn);
    },
    [article, quotes],
  );

  // Build the likely converter while idle, so the first switch finds it ready (building the
  // cn->tw converter takes about 33 ms on a quiet machine, loading its chunk more; bench:convert).
  useEffect(() => {
    const likely = likelyTarget(article.script, navigator.language);
    const dir = likely && directionFor(article.script, likely, article.url);
    if (!dir) return;
    preloadConverter(dir.from, dir.to);
    const idle = globalThis.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200));
    const id = idle(() => void loadConverter(dir.from, dir.to).catch(() => undefined), { timeout: 1000 });
    return () => (globalThis.cancelIdleCallback ?? clearTimeout)(id);
  }, [article]);

  const mount = useCallback((el: HTMLElement) => {
    body.current = el;
    converted.current = null;
  }, []);
  /** The body's text as shown and as written, now (highlights are anchored in the written text). */
  const source = useCallback((): TextSource => converted.current ?? AS_WRITTEN, []);

  const lang = langIn(article.script, article.lang, target);
  return { target, choose, convert, busy, mount, lang, source };
}
