/**
 * The article is never lost. After the passes, the result is checked against what the page
 * itself shows as its body (the detector's body, read before any pass) and against the copies
 * the passes removed: a copy may go only when the copy kept reaches the article. When either
 * check fails, the pipeline runs again on a fresh copy of the page, cleaning less (index.ts),
 * and keeps whichever result holds more of the page's body. Fixture: unseen nuxt-noscript-copy.
 */
import type { PassContext } from './context';

// The body's text is compared in pieces of this many letters.
const PIECE = 12;
// A body this small (letters) is not a reference.
const MIN_REFERENCE = 200;
// Below this share of the body's pieces in the article and its removals, the article was lost…
export const MIN_COVERAGE = 0.5;
// …when the article is also this much smaller than the body (Readability may rightly choose
// another container: then it is as big).
const LOST_SIZE = 0.5;
// A retry is kept when it holds this much more of the body.
export const BETTER_BY = 0.25;

export type Retry = 'safe' | 'guided';

/** The share of `reference`'s pieces found in `within` (both letter keys, normKey). */
export function coverage(reference: string, within: string): number {
  const pieces = Math.floor(reference.length / PIECE);
  if (!pieces) return 1;
  const have = new Set<string>();
  for (let i = 0; i + PIECE <= within.length; i++) have.add(within.slice(i, i + PIECE));
  let found = 0;
  for (let p = 0; p < pieces; p++) if (have.has(reference.slice(p * PIECE, (p + 1) * PIECE))) found++;
  return found / pieces;
}

export interface Loss {
  /** What was lost: the copy kept of a removed duplicate, or the page's body. */
  kind: 'copy' | 'body';
  /** What went wrong, in words ("cleaned less than usual: …"). */
  reason: string;
  /** How to run again: without the passes that remove blocks, or also reading only the body the detector found. */
  retry: Retry;
}

/** Did this run lose the article? `textKey` is normKey of the article's text. */
export function articleLoss(ctx: PassContext, textKey: string, reference: string): Loss | null {
  for (const kept of ctx.keptCopies ?? []) {
    if (kept.lines.length && kept.lines.every((l) => !textKey.includes(l)))
      return { kind: 'copy', reason: 'a copy of the text was removed, and the copy kept did not reach the article', retry: 'safe' };
  }
  if (reference.length < MIN_REFERENCE || textKey.length >= LOST_SIZE * reference.length) return null;
  if (coverage(reference, textKey + '\n' + (ctx.removedKeys ?? []).join('\n')) >= MIN_COVERAGE) return null;
  return { kind: 'body', reason: 'most of the text the page shows as its body did not reach the article', retry: ctx.keptCopies?.length ? 'safe' : 'guided' };
}
