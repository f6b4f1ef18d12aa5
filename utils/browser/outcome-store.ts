/**
 * Each tab's outcome in storage.session, for its reader page, fitted to the quota first
 * (utils/outcome.ts). A write that fails is never silent: the tab's older outcome is gone and
 * a short one says why, and the caller is told. Extension pages and the background only.
 */
import { browser } from 'wxt/browser';
import { fitOutcome, toEvict, type TabOutcome } from '../outcome';
import { t } from './i18n';

const INDEX = 'outcomes'; // tab id -> { bytes, at } of every kept outcome
type Index = Record<string, { bytes: number; at: number }>;

export const outcomeKey = (tabId: number): string => `outcome:${tabId}`;

/** Keeps a tab's outcome for its reader. Returns null when it was kept whole, else what to tell the user. */
export async function keepOutcome(tabId: number, outcome: TabOutcome): Promise<string | null> {
  const session = browser.storage.session;
  if (!session) return t('readerNotKept');
  const fitted = fitOutcome(outcome, (mb) => t('readerTooLarge', mb));
  const key = outcomeKey(tabId);
  const write = async (index: Index): Promise<void> => {
    const evict = toEvict(index, tabId, fitted.bytes);
    if (evict.length) await session.remove(evict.map(outcomeKey));
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

export async function readOutcome(tabId: number): Promise<TabOutcome | null> {
  const key = outcomeKey(tabId);
  return ((await browser.storage.session.get(key))[key] as TabOutcome | undefined) ?? null;
}

export async function forgetOutcome(tabId: number): Promise<void> {
  const session = browser.storage.session;
  if (!session) return;
  const index = ((await session.get(INDEX))[INDEX] ?? {}) as Index;
  delete index[tabId];
  await session.remove(outcomeKey(tabId));
  await session.set({ [INDEX]: index });
}
