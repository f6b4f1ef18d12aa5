/** The pipeline in the page (content script): clone, carry live signals over, extract. */
import type { Article } from './article';
import { extractArticle } from './extract';
import { markLiveSignals } from './extract/live-signals';

export function extractLive(doc: Document = document): Article {
  const clone = doc.cloneNode(true) as Document;
  markLiveSignals(doc, clone);
  return extractArticle(clone, doc.location.href, { window: doc.defaultView ?? window });
}
