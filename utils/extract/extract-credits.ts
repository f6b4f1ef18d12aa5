import { mergeCredits, type Credit } from '../article';
import type { Line } from './block-index';
import { pruneEmptyAncestors } from './blocks';
import { blocks, removeNode, type PagePass } from './context';
import { LABEL_ONLY, parseCreditLine, parseCreditSegments } from './credit-grammar';
import { furnitureKind } from './furniture';

// A label alone in its cell takes its names from the cells after it, at most this many.
const MAX_CELLS = 8;

/** The texts of a line's own boxes (its child nodes): a credit may share a line with a share prompt. */
function inlineSegments(el: Element): string[] {
  const out: string[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 || n.nodeType === 3) out.push(n.textContent ?? '');
  return out;
}

const isFurniture = (s: string): boolean => furnitureKind(s) !== null;

/** The credits a line holds, and the lines they take (more than one when labels and names stand in cells of their own). */
function creditsAt(lines: readonly Line[], i: number): { credits: Credit[]; taken: Line[] } | null {
  const line = lines[i]!;
  const own = parseCreditLine(line.text) ?? parseCreditSegments(line.text) ?? parseCreditSegments(line.text, inlineSegments(line.el), isFurniture);
  if (own) return { credits: own, taken: [line] };
  // 责任编辑：| 吴丽华 | 审核：| 陈志强: the longest run of cells that reads as credits (unseen cn-credit-cells).
  if (!LABEL_ONLY.test(line.text)) return null;
  let found: { credits: Credit[]; taken: Line[] } | null = null;
  let joined = line.text;
  // Cells of the same row only (a copyright line under the table is not a name).
  for (let j = i + 1; j < lines.length && j <= i + MAX_CELLS && lines[j]!.el.parentElement === line.el.parentElement; j++) {
    joined += ' ' + lines[j]!.text;
    const credits = parseCreditLine(joined);
    if (credits) found = { credits, taken: lines.slice(i, j + 1) };
  }
  return found;
}

/**
 * Moves editor-credit lines (總值班, 統籌, 責編, 審核, 編輯, 校對 …) out of the body into
 * `credits`: researchers cite them, readers do not want them between paragraphs. Read on the
 * whole page: credit tables often sit beside the body Readability picks (fixture cn-jiaozuo).
 */
export const extractCredits: PagePass = {
  name: 'extract-credits',
  phase: 'page',
  reads: [],
  writes: ['credits'],
  runsOn: 'both',
  run(ctx) {
    const lines = blocks(ctx).lines();
    for (let i = 0; i < lines.length; i++) {
      if (lines[i]!.dead) continue;
      const found = creditsAt(lines, i);
      if (!found) continue;
      mergeCredits(ctx.credits, found.credits);
      const reason = `editor credit: ${found.credits.map((c) => c.role).join(', ')}`;
      for (const line of found.taken) {
        const parent = line.el.parentElement;
        removeNode(ctx, 'extract-credits', reason, line.el);
        pruneEmptyAncestors(parent, ctx.page);
      }
      i += found.taken.length - 1;
    }
  },
};
