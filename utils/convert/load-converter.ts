/**
 * opencc-js converters, loaded on demand one direction at a time and cached for the
 * session. cn->traditional needs ~1 MB of dictionary (preset/cn2t), traditional->cn ~0.1 MB
 * (preset/t2cn), traditional->regional only the variant tables; each is its own lazy chunk.
 */
import { buildConverter, type Preset } from './engine';
import { applySimplifiedOverrides } from './overrides';
import { withQuotes } from './quotes';
import { withUserWords, type WordPair } from './user-words';
import type { Locale } from './targets';

export type { ConvertFn } from './engine';
import type { ConvertFn } from './engine';

const cache = new Map<string, Promise<ConvertFn>>();

// opencc-js's dictionaries and semantics, run by our own engine (./engine.ts: about 3x
// opencc-js's Converter's throughput cn->tw and t->cn, npm run bench:convert).
/** The dictionaries one direction needs: its own lazy chunk. */
function importPreset(from: Locale, to: Locale): Promise<unknown> {
  if (from === 'cn') return import('opencc-js/preset/cn2t');
  if (to === 'cn') return import('opencc-js/preset/t2cn');
  return import('opencc-js/preset');
}

async function build(from: Locale, to: Locale): Promise<ConvertFn> {
  const convert = buildConverter((await importPreset(from, to)) as Preset, from, to);
  return to === 'cn' ? (text) => applySimplifiedOverrides(convert(text)) : convert;
}

/**
 * Starts loading a direction's dictionaries without building it: the chunk is fetched and
 * compiled while the reader reads (an import is mostly off the main thread), and a switch
 * made before the idle build then only builds.
 */
export function preloadConverter(from: Locale, to: Locale): void {
  void importPreset(from, to).catch(() => undefined);
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

/**
 * A converter as the user set it up: their word list wins over the dictionaries, and with
 * `quotes` the quotation marks follow the script converted to (utils/convert/quotes.ts).
 * The one way the article, the page, the selection, the paste box and the command line get it.
 */
export function personalized(convert: ConvertFn, words: readonly WordPair[], quotes: boolean, to: Locale): ConvertFn {
  const withWords = withUserWords(convert, words);
  return quotes ? withQuotes(withWords, to) : withWords;
}
