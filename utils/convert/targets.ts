import type { Script } from '../article';
import { hostname } from '../url';

/** What the reader can switch to. `original` shows the page's own text. */
export type Target = 'original' | 'cn' | 'tw' | 'twp' | 'hk' | 'hkp';
/** OpenCC locales as opencc-js names them. */
export type Locale = 'cn' | 'tw' | 'twp' | 'hk' | 'hkp' | 't' | 'jp';

export const LOCALES: readonly Locale[] = ['cn', 'tw', 'twp', 'hk', 'hkp', 't', 'jp'];

export const TARGET_LANG: Record<Exclude<Target, 'original'>, string> = {
  cn: 'zh-Hans',
  tw: 'zh-Hant-TW',
  twp: 'zh-Hant-TW',
  hk: 'zh-Hant-HK',
  hkp: 'zh-Hant-HK',
};

/** The language of an article shown in `target`: one without Han text keeps its own (an English page stays `en`). */
export const langIn = (script: Script, lang: string, target: Target): string => (target === 'original' || script === 'none' ? lang : TARGET_LANG[target]);

/**
 * The conversion a target needs for a page in `script`, or null when none is needed.
 * Traditional pages convert from the regional standard their address suggests.
 */
export function directionFor(script: Script, target: Target, url = ''): { from: Locale; to: Locale } | null {
  if (target === 'original' || script === 'none') return null;
  if (script === 'hans') return target === 'cn' ? null : { from: 'cn', to: target };
  const host = hostname(url);
  const from: Locale = /\.tw$/.test(host) ? 'tw' : /\.(hk|mo)$/.test(host) ? 'hk' : 't';
  if (script === 'hant' && target !== 'cn' && from === target) return null;
  if (script === 'mixed' && target !== 'cn') return { from: 'cn', to: target };
  return { from, to: target };
}

/**
 * The script a reader of this article most likely switches to, to build its converter while
 * the popup is idle: Traditional pages to 简体; Simplified pages to 繁體 of the reader's region.
 */
export function likelyTarget(script: Script, uiLang: string): Target | null {
  if (script === 'hant') return 'cn';
  if (script === 'hans') return /^zh[-_](hk|mo)/i.test(uiLang) ? 'hk' : 'tw';
  return null;
}
