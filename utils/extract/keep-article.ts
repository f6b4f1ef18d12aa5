/**
 * The article is never lost to our own passes. After them, two checks: a copy removed from
 * the page may go only when the copy kept reaches the article; and the blocks the page passes
 * removed before Readability may not hold the body the page shows (the detector's, read before
 * any pass) while the article does not. When a check fails, the pipeline runs again on a fresh
 * copy of the page without the passes that remove whole blocks (index.ts), and keeps whichever
 * result holds more of the page's body. Readability's own choice of a body is not second-guessed
 * here (zh-cwced 54e89e4e: the detector's body was the comments). Fixture: unseen nuxt-noscript-copy.
 */
import type { PassContext } from './context';

// The body's text is compared in pieces of this many letters.
const PIECE = 12;
// A body this small (letters) is not a reference.
const MIN_REFERENCE = 200;
// The page passes removed the body when their removals hold this share of its pieces and the
// article less than it.
export const MIN_COVERAGE = 0.5;
// A retry is kept when it holds this much more of the body.
export const BETTER_BY = 0.25;

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
}

/** Did this run lose the article? `textKey` is normKey of the article's text. */
export function articleLoss(ctx: PassContext, textKey: string, reference: string): Loss | null {
  for (const kept of ctx.keptCopies ?? []) {
    if (kept.lines.length && kept.lines.every((l) => !textKey.includes(l)))
      return { kind: 'copy', reason: 'a copy of the text was removed, and the copy kept did not reach the article' };
  }
  if (reference.length < MIN_REFERENCE || !ctx.pageRemovedKeys?.length) return null;
  if (coverage(reference, ctx.pageRemovedKeys.join('\n')) < MIN_COVERAGE) return null;
  if (coverage(reference, textKey + '\n' + (ctx.removedKeys ?? []).join('\n')) >= MIN_COVERAGE) return null;
  return { kind: 'body', reason: 'the page passes removed most of the text the page shows as its body' };
}
