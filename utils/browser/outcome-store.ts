/**
 * Each tab's outcome in storage.session, for its reader page, fitted to the quota first
 * (utils/outcome.ts). A write that fails is never silent: the tab's older outcome is gone and
 * a short one says why, and the caller is told. Articles are also kept among the recent ones in
 * storage.local (bounded; never from a private window), so a reader tab still shows its article
 * once the news tab is closed or the browser restarted. Extension pages and the background only.
 */
import { browser } from 'wxt/browser';
import { RECENT_BYTES, RECENT_COUNT, fitOutcome, recentKey, toEvict, type TabOutcome } from '../outcome';
import { t } from './i18n';

const INDEX = 'outcomes'; // tab id -> { bytes, at } of every kept outcome
const RECENT = 'recent'; // recentKey -> { bytes, at } of every recent article
type Index = Record<string, { bytes: number; at: number }>;

export const outcomeKey = (tabId: number): string => `outcome:${tabId}`;

/**
 * Keeps a tab's outcome for its reader, and an article among the recent ones under the tab's
 * `address`. Returns null when it was kept whole, else what to tell the user.
 */
export async function keepOutcome(tabId: number, outcome: TabOutcome, address?: string): Promise<string | null> {
  const session = browser.storage.session;
  if (!session) return t('readerNotKept');
  const fitted = fitOutcome(outcome, (mb) => t('readerTooLarge', mb));
  // Not awaited: the popup shows its article without waiting for this copy (the reader reads the session's first).
  if (address && 'article' in fitted.outcome) void keepRecent(tabId, address, fitted.outcome, fitted.bytes).catch(() => undefined);
  const key = outcomeKey(tabId);
  const write = async (index: Index): Promise<void> => {
    const evict = toEvict(index, String(tabId), fitted.bytes);
    if (evict.length) await session.remove(evict.map((id) => outcomeKey(Number(id))));
    for (const id of evict) delete index[id];
    index[tabId] = { bytes: fitted.bytes, at: Date.now() };
    await session.set({ [key]: fitted.outcome, [INDEX]: index });
  };
  try {
    await write(((await session.get(INDEX))[INDEX] ?? {}) as Index);
  } catch {
    // Full of what the index does not know (an older version, a failed write): the newest tab
    // comes first, so every other tab's outcome goes, and the write is tried once more.
    try {
      const others = Object.keys(await session.get(null)).filter((k) => k !== key && (k.startsWith('outcome:') || k === INDEX));
      await session.remove(others);
      await write({});
    } catch {
      // The reader must not show this tab's previous article: a short outcome says what happened.
      await session.set({ [key]: { kind: 'error', message: t('readerNotKept') } satisfies TabOutcome }).catch(() => session.remove(key));
      return t('readerNotKept');
    }
  }
  if (fitted.outcome.kind === 'error' && fitted.tooLarge) return fitted.outcome.message;
  return fitted.dropped ? t('readerKeptLess') : null;
}

/** Among the recent articles, within RECENT_COUNT and RECENT_BYTES; not for a private window. */
async function keepRecent(tabId: number, address: string, outcome: TabOutcome, bytes: number): Promise<void> {
  // An article larger than all the recent ones may take is not kept among them (it would push out every other).
  if (bytes > RECENT_BYTES || (await browser.tabs.get(tabId)).incognito) return;
  const local = browser.storage.local;
  const key = recentKey(tabId, address);
  const index = ((await local.get(RECENT))[RECENT] ?? {}) as Index;
  const evict = toEvict(index, key, bytes, RECENT_BYTES, RECENT_COUNT);
  if (evict.length) await local.remove(evict);
  for (const k of evict) delete index[k];
  index[key] = { bytes, at: Date.now() };
  await local.set({ [key]: outcome, [RECENT]: index });
}

/** How many recent articles are kept. */
export async function recentCount(): Promise<number> {
  return Object.keys((await browser.storage.local.get(RECENT))[RECENT] ?? {}).length;
}

/** Forgets every recent article (Settings). */
export async function forgetRecent(): Promise<void> {
  const keys = Object.keys(await browser.storage.local.get(null)).filter((k) => k === RECENT || k.startsWith('recent:'));
  await browser.storage.local.remove(keys);
}

/**
 * The tab's outcome for its reader: the one the tab holds while it shows `address` (or no
 * address is known), else the article kept among the recent ones for that tab and address.
 */
export async function readOutcome(tabId: number, address?: string | null): Promise<TabOutcome | null> {
  const key = outcomeKey(tabId);
  const held = ((await browser.storage.session.get(key))[key] as TabOutcome | undefined) ?? null;
  if (held && (!address || !('article' in held) || held.article.url === address)) return held;
  if (!address) return null;
  const recent = recentKey(tabId, address);
  return ((await browser.storage.local.get(recent))[recent] as TabOutcome | undefined) ?? held;
}

export async function forgetOutcome(tabId: number): Promise<void> {
  const session = browser.storage.session;
  if (!session) return;
  const index = ((await session.get(INDEX))[INDEX] ?? {}) as Index;
  delete index[tabId];
  await session.remove(outcomeKey(tabId));
  await session.set({ [INDEX]: index });
}
