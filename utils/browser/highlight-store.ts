/**
 * The reader's highlights and notes (utils/highlights.ts), by article address, in storage.local:
 * one entry per article, so a note typed in one article rewrites only that article's. Kept until
 * the reader clears them (in the reader, or in Settings); never evicted to make room, never
 * kept from a private window (there they last as long as the tab). Extension pages only.
 */
import { browser } from 'wxt/browser';
import { HIGHLIGHT_LIMITS, isHighlight, type Highlight } from '../highlights';

const PREFIX = 'highlights:';

/** The article's own address: the part after # names a place in it, not another article. */
export const highlightKey = (url: string): string => PREFIX + url.replace(/#.*$/s, '');

interface Entry {
  url: string;
  title: string;
  /** ISO 8601 of the last change. */
  updated: string;
  items: Highlight[];
}

/** An article with highlights, for Settings. */
export interface HighlightedArticle {
  url: string;
  title: string;
  updated: string;
  count: number;
}

const entryOf = (raw: unknown): Entry | null => {
  const e = raw as Entry | undefined;
  return e && typeof e.url === 'string' && Array.isArray(e.items) ? { ...e, title: String(e.title ?? ''), items: e.items.filter(isHighlight) } : null;
};

export async function loadHighlights(url: string): Promise<Highlight[]> {
  const key = highlightKey(url);
  return entryOf((await browser.storage.local.get(key))[key])?.items ?? [];
}

/** Keeps an article's highlights (none: its entry goes). A failed write throws: the caller says so. */
export async function saveHighlights(url: string, title: string, items: readonly Highlight[]): Promise<void> {
  const key = highlightKey(url);
  if (!items.length) return browser.storage.local.remove(key);
  const entry: Entry = { url: url.replace(/#.*$/s, ''), title, updated: new Date().toISOString(), items: items.slice(0, HIGHLIGHT_LIMITS.perArticle) };
  await browser.storage.local.set({ [key]: entry });
}

/** Every article with highlights, the last changed first. */
export async function highlightedArticles(): Promise<HighlightedArticle[]> {
  const all = await browser.storage.local.get(null);
  return Object.entries(all)
    .filter(([k]) => k.startsWith(PREFIX))
    .flatMap(([, v]) => {
      const e = entryOf(v);
      return e && e.items.length ? [{ url: e.url, title: e.title, updated: e.updated, count: e.items.length }] : [];
    })
    .sort((a, b) => b.updated.localeCompare(a.updated));
}

/** Forgets the highlights and notes of these articles, or of every article. */
export async function forgetHighlights(urls?: readonly string[]): Promise<void> {
  const keys = urls ? urls.map(highlightKey) : Object.keys(await browser.storage.local.get(null)).filter((k) => k.startsWith(PREFIX));
  if (keys.length) await browser.storage.local.remove(keys);
}

/** Is this extension page in a private window (where nothing is kept)? */
export async function inPrivateWindow(): Promise<boolean> {
  // The window this page is in: the reader's tab's, or the one the popup opened over.
  try {
    return (await browser.windows.getCurrent())?.incognito ?? false;
  } catch {
    return browser.extension?.inIncognitoContext ?? false;
  }
}
