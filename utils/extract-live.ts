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
