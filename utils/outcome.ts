/**
 * What reading a tab came to, and what a reader tab gets to keep of it. The popup and the context menu leave each tab's outcome in
 * storage.session for the reader page, which holds 10 MB for everything (Chrome counts the
 * JSON's bytes). An outcome is fitted before it is written: restorable copies of removed
 * blocks go first (they are still listed, without "restore"), and an article that still does
 * not fit is replaced by a short outcome that says so, never by nothing or by an older article.
 * Older tabs' outcomes are let go, oldest first, to make room. Pure: the store is
 * utils/browser/outcome-store.ts.
 */
import type { Article } from './article';
import type { RestrictedKind } from './restricted';

export type TabOutcome =
  | { kind: 'article'; article: Article }
  | { kind: 'not-article'; article: Article }
  | { kind: 'forbidden'; why: RestrictedKind }
  | { kind: 'error'; message: string; code?: ErrorCode };

/**
 * What went wrong, for the view to say in the UI's language: the page timed out, gave no answer,
 * or threw (`message` is then the browser's or the page's own technical words). Without a code,
 * `message` is already in the UI's language.
 */
export type ErrorCode = 'timeout' | 'no-result' | 'exception';

// All outcomes together stay under this (storage.session holds 10,485,760 bytes).
export const TOTAL_BYTES = 8_000_000;
// One outcome may take this much…
export const MAX_OUTCOME_BYTES = 6_000_000;
// …of which restorable copies of removed blocks at most this.
export const MAX_RESTORE_BYTES = 1_000_000;

const encoder = new TextEncoder();
export const jsonBytes = (value: unknown): number => encoder.encode(JSON.stringify(value)).length;

export interface Fitted {
  outcome: TabOutcome;
  bytes: number;
  /** Restorable blocks dropped to fit (still listed, not restorable). */
  dropped: number;
  /** The article itself did not fit: `outcome` says so instead. */
  tooLarge: boolean;
}

/** `outcome` as it will be kept: within the limits above, the largest restorable blocks dropped first. */
export function fitOutcome(outcome: TabOutcome, tooLargeMessage: (mb: string) => string): Fitted {
  if (!('article' in outcome)) return { outcome, bytes: jsonBytes(outcome), dropped: 0, tooLarge: false };
  const removals = outcome.article.removals.map((r) => ({ ...r }));
  const restorable = removals.filter((r) => r.html).sort((a, b) => b.html!.length - a.html!.length);
  let restoreBytes = restorable.reduce((n, r) => n + encoder.encode(r.html).length, 0);
  let dropped = 0;
  for (const r of restorable) {
    if (restoreBytes <= MAX_RESTORE_BYTES) break;
    restoreBytes -= encoder.encode(r.html).length;
    delete r.html;
    dropped++;
  }
  const fitted: TabOutcome = { ...outcome, article: { ...outcome.article, removals } };
  const bytes = jsonBytes(fitted);
  if (bytes <= MAX_OUTCOME_BYTES) return { outcome: fitted, bytes, dropped, tooLarge: false };
  const note: TabOutcome = { kind: 'error', message: tooLargeMessage((bytes / 1e6).toFixed(1)) };
  return { outcome: note, bytes: jsonBytes(note), dropped, tooLarge: true };
}

/** Which kept entries (keys, oldest first) to let go so that `bytes` more fit in `maxBytes`, with at most `maxCount` kept. */
export function toEvict(
  kept: Readonly<Record<string, { bytes: number; at: number }>>,
  key: string,
  bytes: number,
  maxBytes = TOTAL_BYTES,
  maxCount = Infinity,
): string[] {
  const others = Object.entries(kept)
    .filter(([k]) => k !== key)
    .sort((a, b) => a[1].at - b[1].at);
  let total = others.reduce((n, [, k]) => n + k.bytes, 0) + bytes;
  let count = others.length + 1;
  const out: string[] = [];
  for (const [k, entry] of others) {
    if (total <= maxBytes && count <= maxCount) break;
    total -= entry.bytes;
    count--;
    out.push(k);
  }
  return out;
}

/**
 * Recent articles, kept in storage.local so that a reader tab survives its news tab (closed,
 * or the browser restarted): at most this many, and this many bytes, the oldest let go first.
 * Never for private windows.
 */
export const RECENT_COUNT = 20;
export const RECENT_BYTES = 4_000_000;
export const recentKey = (tabId: number, address: string): string => `recent:${tabId}:${address}`;

/** The reader page for a tab's outcome; the address lets it find the article again once the tab is gone. */
export const readerPath = (tabId: number, address?: string): `/reader.html?${string}` =>
  `/reader.html?${new URLSearchParams(address ? { tab: String(tabId), url: address } : { tab: String(tabId) }).toString()}`;
