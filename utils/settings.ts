/**
 * Reader settings (kept by utils/browser/settings-store.ts): the default script and per-site choices
 * (issue 4), theme and typography (issue 8). Typed once; every read is validated, so a value
 * from an older version or another device can never break a page.
 */
import type { Target } from './convert/targets';
import { hostname } from './url';

export type Theme = 'system' | 'light' | 'sepia' | 'dark';
export type FontFamily = 'sans' | 'serif' | 'kai';

export interface Settings {
  /** Script an article opens in, unless the site has its own choice. */
  script: Target;
  /** Per-site script choices, by host name. */
  sites: Record<string, Target>;
  /** 繁體 with OpenCC's phrase tables (twp, hkp): 軟體 for 软件, not 軟件. */
  phrases: boolean;
  theme: Theme;
  font: FontFamily;
  /** Body text size in px. */
  size: number;
  lineHeight: number;
  /** Measure: the text column's width in characters (em). */
  width: number;
  /** Space after a paragraph, in em. */
  spacing: number;
  /** First-line indent of two characters. */
  indent: boolean;
  justify: boolean;
  /** The single-key shortcuts (S, C, T, + −, ?) in the popup and reader. */
  singleKeys: boolean;
  /** Join the following pages of an article split over pages (utils/join-pages.ts). */
  joinPages: boolean;
  /** Quotation marks follow the script: 「」 for 繁體, “” for 简体 (utils/convert/quotes.ts). */
  quotes: boolean;
  /** Send to Obsidian: the vault (empty: the one open last) and the folder notes go in (utils/clip/obsidian.ts). */
  obsidianVault: string;
  obsidianFolder: string;
}

export const THEMES: readonly Theme[] = ['system', 'light', 'sepia', 'dark'];

/**
 * The theme T moves to: the next in THEMES that looks different from the current one. `system`
 * looks like light or dark as the system is, so from 自動 on a light system the first press
 * goes to sepia, not to a light theme identical to what is on screen.
 */
export function nextTheme(current: Theme, systemDark: boolean): Theme {
  const looks = (t: Theme): Theme => (t === 'system' ? (systemDark ? 'dark' : 'light') : t);
  let i = THEMES.indexOf(current);
  do i = (i + 1) % THEMES.length;
  while (looks(THEMES[i]!) === looks(current));
  return THEMES[i]!;
}
export const FONTS: readonly FontFamily[] = ['sans', 'serif', 'kai'];
const TARGETS: readonly Target[] = ['original', 'cn', 'tw', 'twp', 'hk', 'hkp'];
export const LIMITS = { size: [14, 28], lineHeight: [1.4, 2.4], width: [24, 48], spacing: [0, 2] } as const;

export const DEFAULTS: Settings = {
  script: 'original',
  sites: {},
  phrases: false,
  theme: 'system',
  font: 'sans',
  size: 18,
  lineHeight: 1.8,
  width: 36,
  spacing: 0.85,
  indent: false,
  justify: true,
  singleKeys: true,
  joinPages: true,
  quotes: false,
  obsidianVault: '',
  obsidianFolder: '清讀',
};

const clamp = (v: unknown, [lo, hi]: readonly [number, number], fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : fallback;
// A name typed in Settings: one line, no control characters, not endless.
const name = (v: unknown, fallback: string): string =>
  typeof v === 'string'
    ? v
        .replace(/[\p{Cc}\p{Cf}]/gu, '')
        .trim()
        .slice(0, 200)
    : fallback;
const oneOf = <T>(v: unknown, list: readonly T[], fallback: T): T => (list.includes(v as T) ? (v as T) : fallback);

/** Whatever storage holds, as valid settings. */
export function validSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const sites: Record<string, Target> = {};
  if (r.sites && typeof r.sites === 'object')
    for (const [host, t] of Object.entries(r.sites as Record<string, unknown>)) if (TARGETS.includes(t as Target)) sites[host] = t as Target;
  return {
    script: oneOf(r.script, TARGETS, DEFAULTS.script),
    sites,
    phrases: typeof r.phrases === 'boolean' ? r.phrases : DEFAULTS.phrases,
    theme: oneOf(r.theme, THEMES, DEFAULTS.theme),
    font: oneOf(r.font, FONTS, DEFAULTS.font),
    size: clamp(r.size, LIMITS.size, DEFAULTS.size),
    lineHeight: clamp(r.lineHeight, LIMITS.lineHeight, DEFAULTS.lineHeight),
    width: clamp(r.width, LIMITS.width, DEFAULTS.width),
    spacing: clamp(r.spacing, LIMITS.spacing, DEFAULTS.spacing),
    indent: typeof r.indent === 'boolean' ? r.indent : DEFAULTS.indent,
    justify: typeof r.justify === 'boolean' ? r.justify : DEFAULTS.justify,
    singleKeys: typeof r.singleKeys === 'boolean' ? r.singleKeys : DEFAULTS.singleKeys,
    joinPages: typeof r.joinPages === 'boolean' ? r.joinPages : DEFAULTS.joinPages,
    quotes: typeof r.quotes === 'boolean' ? r.quotes : DEFAULTS.quotes,
    obsidianVault: name(r.obsidianVault, DEFAULTS.obsidianVault),
    obsidianFolder: name(r.obsidianFolder, DEFAULTS.obsidianFolder),
  };
}

/** The script an article from `url` opens in: the site's choice, else the default. */
export const scriptFor = (s: Settings, url: string): Target => s.sites[hostname(url)] ?? s.script;

/** Reading time in minutes: Chinese about 275 characters a minute, other text 230 words. */
export function readingMinutes(text: string): number {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.replace(/\p{Script=Han}/gu, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return Math.max(1, Math.round(han / 275 + words / 230));
}
