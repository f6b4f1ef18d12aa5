/** The pipeline in the page (content script): clone, carry live signals over, extract. */
import type { Article } from '../article';
import { extractArticle } from '../extract';
import { markLiveSignals } from '../extract/live-signals';
import { newToken } from '../extract/marks';

/** Page elements may shadow document methods (<img name="cloneNode">): use the prototypes'. */
export function extractLive(doc: Document = document): Article {
  const start = performance.now();
  const clone = Node.prototype.cloneNode.call(doc, true) as Document;
  const cloned = performance.now();
  const token = newToken();
  markLiveSignals(doc, clone, window, token);
  const marked = performance.now();
  // A fresh clone only if the first cleaning lost the article (utils/extract/keep-article.ts).
  const again = (): Document => {
    const copy = Node.prototype.cloneNode.call(doc, true) as Document;
    markLiveSignals(doc, copy, window, token);
    return copy;
  };
  const article = extractArticle(clone, location.href, { window, token, again });
  // The steps before the pipeline, beside its own (bench:quality reports them in Chromium).
  article.timings.clone = ms(cloned - start);
  article.timings['live-signals'] = ms(marked - cloned);
  return article;
}

const ms = (t: number): number => Math.round(t * 100) / 100;

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
