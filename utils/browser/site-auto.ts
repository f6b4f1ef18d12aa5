/**
 * Your sites, automatic: for a site the user chose ("always for this site", in the popup),
 * the live page is converted to the site's script, and/or the reader opens by itself. Only
 * there: the host permission is asked for that site alone, a small content script is
 * registered for the chosen sites only (it just tells the background a page loaded), and the
 * permission is given back when the site's last rule goes. Rules live in storage.local.
 */
import { browser } from 'wxt/browser';
import { autoDetectOn } from './auto-detect';
import { extractTab } from './extract-tab';
import { convertToSiteScript } from './page-convert';
import { readerPath } from '../outcome';

export interface SiteAuto {
  /** Show the live page in the site's script. */
  convert: boolean;
  /** Open the reader in place of the page (an article only). */
  reader: boolean;
}
/** By site (http://www.example.cn): the access asked for is that scheme and host alone. */
export type SiteAutoRules = Record<string, SiteAuto>;

const KEY = 'siteAuto';
const SCRIPT_ID = 'qingdu-site-auto';
// The articles the reader already replaced this session: going back to one (or opening it from
// the reader's link) shows the page, not the reader again.
const SHOWN = (url: string): string => `autoReaderShown:${url}`;

/** What the auto content script sends when a page of a chosen site loads. */
export interface AutoMessage {
  type: 'qingdu:auto';
}
export const isAutoMessage = (m: unknown): m is AutoMessage => typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'qingdu:auto';

/** The match pattern of a site's pages: its scheme and host, any port and path. */
export const siteOrigins = (origin: string): string[] => [`${origin}/*`];

/** The site a page's rule is kept under (scheme and host; match patterns take no port), or null for a page that cannot have one (not http(s)). */
export function siteOf(url: string): string | null {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? `${u.protocol}//${u.hostname}` : null;
  } catch {
    return null;
  }
}

export async function loadSiteAuto(): Promise<SiteAutoRules> {
  const raw = (await browser.storage.local.get(KEY))[KEY];
  const rules: SiteAutoRules = {};
  if (raw && typeof raw === 'object')
    for (const [site, r] of Object.entries(raw as Record<string, Partial<SiteAuto>>))
      if (siteOf(site) === site && r && (r.convert === true || r.reader === true)) rules[site] = { convert: r.convert === true, reader: r.reader === true };
  return rules;
}

/**
 * Sets a site's rule, from a click (permissions.request needs the user's gesture). Turning
 * something on asks for that site's access first; nothing is saved without it. Returns the
 * rule now in force.
 */
export async function setSiteAuto(site: string, next: SiteAuto): Promise<SiteAuto> {
  const on = next.convert || next.reader;
  // Asked first, before anything else is awaited: the request must stay within the user's click.
  if (on && !(await browser.permissions.request({ origins: siteOrigins(site) }))) return (await loadSiteAuto())[site] ?? OFF;
  const rules = await loadSiteAuto();
  if (on) rules[site] = next;
  else delete rules[site];
  await browser.storage.local.set({ [KEY]: rules });
  // The site's last rule gone: its access goes back (unless auto-detection holds all sites).
  if (!on && !(await autoDetectOn())) await browser.permissions.remove({ origins: siteOrigins(site) }).catch(() => false);
  return on ? next : OFF;
}

const OFF: SiteAuto = { convert: false, reader: false };

/** In the background: the auto script is registered for exactly the chosen sites that granted access. */
export async function syncSiteAutoRegistration(): Promise<void> {
  const rules = await loadSiteAuto();
  const matches: string[] = [];
  for (const site of Object.keys(rules)) if (await browser.permissions.contains({ origins: siteOrigins(site) })) matches.push(...siteOrigins(site));
  const registered = (await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] })).length > 0;
  if (registered) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length)
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches, js: ['/content-scripts/site-auto.js'], runAt: 'document_idle', allFrames: false },
    ]);
}

/** Access withdrawn in the browser: the sites that lost it lose their rules. */
export async function dropRulesWithoutAccess(): Promise<void> {
  const rules = await loadSiteAuto();
  let changed = false;
  for (const site of Object.keys(rules))
    if (!(await browser.permissions.contains({ origins: siteOrigins(site) }))) {
      delete rules[site];
      changed = true;
    }
  if (changed) await browser.storage.local.set({ [KEY]: rules });
}

export const siteAutoChanged = (changes: Record<string, unknown>, area: string): boolean => area === 'local' && KEY in changes;

/**
 * In the background, when a page of a chosen site loaded: the reader in place of an article
 * (once a session per article: its page stays reachable), else the page in the site's script.
 */
export async function runSiteAuto(tab: { id: number; url: string }): Promise<void> {
  const site = siteOf(tab.url);
  const rule = site ? (await loadSiteAuto())[site] : undefined;
  if (!rule) return;
  if (rule.reader) {
    const session = browser.storage.session;
    const shown = session ? (await session.get(SHOWN(tab.url)))[SHOWN(tab.url)] === true : false;
    if (!shown) {
      const { outcome } = await extractTab(tab.id, tab.url);
      if (outcome.kind === 'article') {
        await session?.set({ [SHOWN(tab.url)]: true });
        await browser.tabs.update(tab.id, { url: browser.runtime.getURL(readerPath(tab.id, tab.url)) });
        return;
      }
    }
  }
  if (rule.convert) await convertToSiteScript(tab.id, tab.url);
}
