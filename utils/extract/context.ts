import type { Credit, Detection, Removal } from '../article';
import type { DocField } from './meta/doc-info';

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

export interface PassContext {
  /** The clone being cleaned. Never the live page. */
  doc: Document;
  url: string;
  /** `doc.body` before Readability; Readability's article element after it. */
  root: Element;
  meta: PageMeta;
  credits: Credit[];
  removals: Removal[];
  detection?: Detection;
  /** The detector's article body container, if it found one (read on the whole page). */
  bodyHint?: Element | null;
  /** The article body a site rule or narrow-huge-page chose: Readability sees only it and the headline. */
  content?: Element;
  /** Blocks removed from the article, by removal index, for "restore" (see removeNode). */
  removedNodes?: Map<number, Element>;
  /** What the user selected, to read instead of the page's body ("Clip selection"). */
  selection?: DocumentFragment;
  /** Set by run-readability; false when it found nothing. */
  found?: boolean;
}

export interface Pass {
  name: string;
  run(ctx: PassContext): void;
}

const MAX_REMOVAL_TEXT = 300;

export function shorten(text: string, max = MAX_REMOVAL_TEXT): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

/** The attribute of the empty marker left where a block was removed from the article. */
export const REMOVED_MARK = 'data-qd-removed';

/**
 * Remove a node from the clone and record why. Inside Readability's article the node leaves a
 * marker, and is kept (`ctx.removedNodes`) so the reader can put it back where it was.
 */
export function removeNode(ctx: PassContext, pass: string, reason: string, node: Element, text?: string): void {
  const index = ctx.removals.push({ pass, reason, text: shorten(text ?? describe(node)) }) - 1;
  if (ctx.found && ctx.removedNodes && ctx.root !== node && ctx.root.contains(node)) {
    const mark = ctx.doc.createElement('span');
    mark.setAttribute(REMOVED_MARK, String(index));
    node.replaceWith(mark);
    ctx.removedNodes.set(index, node);
    return;
  }
  node.remove();
}

export function describe(node: Element): string {
  if (node.tagName === 'IMG') return `[image] ${node.getAttribute('src') ?? ''}`.trim();
  const t = node.textContent?.trim() ?? '';
  if (t) return t;
  const img = node.querySelector('img');
  return img ? describe(img) : `<${node.tagName.toLowerCase()}>`;
}
