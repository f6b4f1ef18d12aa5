/**
 * opencc-js converters, loaded on demand one direction at a time and cached for the
 * session. cn->traditional needs ~1 MB of dictionary (preset/cn2t), traditional->cn ~0.1 MB
 * (preset/t2cn), traditional->regional only the variant tables; each is its own lazy chunk.
 */
import { applySimplifiedOverrides } from './overrides';
import type { Locale } from './targets';

export type ConvertFn = (text: string) => string;

const cache = new Map<string, Promise<ConvertFn>>();

async function build(from: Locale, to: Locale): Promise<ConvertFn> {
  const { ConverterBuilder } = await import('opencc-js/core');
  if (from === 'cn') {
    const preset = await import('opencc-js/preset/cn2t');
    return ConverterBuilder(preset)({ from, to });
  }
  if (to === 'cn') {
    const preset = await import('opencc-js/preset/t2cn');
    const convert = ConverterBuilder(preset)({ from, to });
    return (text) => applySimplifiedOverrides(convert(text));
  }
  const preset = await import('opencc-js/preset');
  return ConverterBuilder(preset)({ from, to });
}

export function loadConverter(from: Locale, to: Locale): Promise<ConvertFn> {
  const key = `${from}->${to}`;
  let p = cache.get(key);
  if (!p) {
    p = build(from, to);
    p.catch(() => cache.delete(key));
    cache.set(key, p);
  }
  return p;
}

/**
 * `convert` remembering its answers (up to `max` strings, then it starts afresh): switching
 * back to a script already shown writes text nodes without converting them again.
 */
export function memoized(convert: ConvertFn, max = 20_000): ConvertFn {
  const seen = new Map<string, string>();
  return (text) => {
    let out = seen.get(text);
    if (out === undefined) {
      out = convert(text);
      if (seen.size >= max) seen.clear();
      seen.set(text, out);
    }
    return out;
  };
}
