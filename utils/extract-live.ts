/** The pipeline in the page (content script): clone, carry live signals over, extract. */
import type { Article } from './article';
import { extractArticle } from './extract';
import { markLiveSignals } from './extract/live-signals';

/** Page elements may shadow document methods (<img name="cloneNode">): use the prototypes'. */
export function extractLive(doc: Document = document): Article {
  const clone = Node.prototype.cloneNode.call(doc, true) as Document;
  markLiveSignals(doc, clone, window);
  return extractArticle(clone, location.href, { window });
}

/**
 * "Clip selection": the page's metadata, and the same cleaning on just the selected ranges.
 * Returns null when nothing is selected.
 */
export function extractSelection(doc: Document = document): Article | null {
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed) return null;
  const picked = doc.createDocumentFragment();
  for (let i = 0; i < selection.rangeCount; i++) picked.append(selection.getRangeAt(i).cloneContents());
  const clone = Node.prototype.cloneNode.call(doc, true) as Document;
  return extractArticle(clone, location.href, { window, selection: picked });
}
