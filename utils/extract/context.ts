import type { Credit, Removal } from '../article';
import { BlockIndex } from './block-index';
import { normKey } from './blocks';
import { MARK } from './marks';
import type { DocField } from './meta/doc-info';
import type { PageScan } from './page-scan';
import type { RemovalKind } from './removal-kinds';

/** Metadata gathered from the whole page before Readability strips it. */
export interface PageMeta {
  title: string;
  byline: string[];
  publishedTime: string | null;
  siteName: string;
  source: string;
  /** `lang` attribute of the page, if any. */
  htmlLang: string;
  /** A government document's information table (索引号, 发文字号…), if the page has one. */
  docInfo: DocField[];
}

/**
 * What a pass may read or write besides the tree it cleans. Each pass declares its own
 * (`reads`, `writes`); a test checks that nothing is read before a pass or the caller writes
 * it, and that every pass touches only what it declares.
 */
export type Field =
  'meta' | 'meta.byline' | 'credits' | 'content' | 'article' | 'bodyHint' | 'selection' | 'keptCopies' | 'scan' | 'marks.live' | 'marks.lazy' | 'marks.docInfo';

/** What the pipeline's caller provides before the first pass. */
export const PROVIDED: readonly Field[] = ['bodyHint', 'selection', 'marks.live', 'scan'];

export interface PassContext {
  /** The clone being cleaned. Never the live page. */
  readonly doc: Document;
  readonly url: string;
  /** The page's body: what the page passes clean. */
  readonly page: Element;
  /** This run's token for live marks (marks.ts); absent outside the browser. */
  readonly token?: string;
  meta: PageMeta;
  credits: Credit[];
  removals: Removal[];
  /** What the first walk over the page noted for the page passes (page-scan.ts). */
  scan: PageScan;
  /** The detector's article body container, if it found one (read on the whole page). */
  bodyHint?: Element | null;
  /** What the user selected, to read instead of the page's body ("Clip selection"). */
  selection?: DocumentFragment;
  /** The article body a site rule or narrow-huge-page chose: Readability sees only it and the headline. */
  content?: Element;
  /** Readability's article, or the selection: what the article passes clean. */
  article?: Element;
  /** Blocks removed from the article, by removal index, for "restore" (see removeNode). */
  removedNodes: Map<number, Element>;
  /** The letters (normKey) of every block removed from the article, for the never-lose-the-article check (keep-article.ts). */
  removedKeys?: string[];
  /** …and of every block the page passes removed before Readability. */
  pageRemovedKeys?: string[];
  /** Copies removed from the page, with lines of the copy kept instead (checked by keep-article). */
  keptCopies?: { removal: number; lines: string[] }[];
  /** The current phase's lines: use blocks(ctx). */
  index?: BlockIndex;
}

/** The context of a pass in the article phase: Readability found an article. */
export type ArticleContext = PassContext & { article: Element };

interface PassBase {
  name: string;
  /** Fields read (see Field); the tree itself is always read. */
  reads: readonly Field[];
  writes: readonly Field[];
  /** Pages, the user's selection ("Clip selection"), or both. */
  runsOn: 'pages' | 'selections' | 'both';
  /** Removes whole blocks of the page before Readability: skipped when the pipeline runs again to keep the article (keep-article.ts). */
  risky?: true;
}

/**
 * One step of the pipeline. A page pass cleans the whole page before Readability; an
 * article pass cleans Readability's article and runs only when there is one.
 */
export type PagePass = PassBase & { phase: 'page'; run(ctx: PassContext): void };
export type ArticlePass = PassBase & { phase: 'article'; run(ctx: ArticleContext): void };
export type Pass = PagePass | ArticlePass;

/** The tree the current phase cleans. */
export const rootOf = (ctx: PassContext): Element => ctx.article ?? ctx.page;

/** The lines of the current phase, built once and kept current by removeNode. */
export function blocks(ctx: PassContext): BlockIndex {
  const root = rootOf(ctx);
  if (ctx.index?.root !== root) ctx.index = new BlockIndex(root);
  return ctx.index;
}

/** A pass that rewrote the tree other than by removeNode: the lines are built again when next asked for. */
export function resetBlocks(ctx: PassContext): void {
  ctx.index = undefined;
}

const MAX_REMOVAL_TEXT = 300;

export function shorten(text: string, max = MAX_REMOVAL_TEXT): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

/**
 * Remove a node from the clone and record why. Inside the article the node leaves a marker,
 * and is kept (`ctx.removedNodes`) so the reader can put it back where it was.
 */
export function removeNode(ctx: PassContext, pass: RemovalKind, reason: string, node: Element, text?: string): void {
  const index = ctx.removals.push({ pass, reason, text: shorten(text ?? describe(node)) }) - 1;
  const detach = (): void => {
    const article = ctx.article;
    if (article && article !== node && article.contains(node)) {
      // Restorable, so it explains text missing from the article (keep-article.ts); a block
      // removed from the page before Readability does not.
      (ctx.removedKeys ??= []).push(normKey(node.textContent ?? ''));
      const mark = ctx.doc.createElement('span');
      mark.setAttribute(MARK.removed, String(index));
      node.replaceWith(mark);
      ctx.removedNodes.set(index, node);
    } else {
      if (!article) (ctx.pageRemovedKeys ??= []).push(normKey(node.textContent ?? ''));
      node.remove();
    }
  };
  if (ctx.index?.root.contains(node)) ctx.index.remove(node, detach);
  else detach();
}

export function describe(node: Element): string {
  if (node.tagName === 'IMG') return `[image] ${node.getAttribute('src') ?? ''}`.trim();
  const t = node.textContent?.trim() ?? '';
  if (t) return t;
  const img = node.querySelector('img');
  return img ? describe(img) : `<${node.tagName.toLowerCase()}>`;
}
