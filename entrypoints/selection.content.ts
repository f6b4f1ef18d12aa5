/**
 * "Clip selection": registered at runtime, run with scripting.executeScript under activeTab
 * from the context menu. Returns the selection as an Article (already sanitized) with the
 * page's metadata.
 */
import type { ExtractorResult } from '@/utils/browser/extract-tab';
import { extractSelection } from '@/utils/browser/extract-live';

export default defineContentScript({
  registration: 'runtime',
  main(): ExtractorResult {
    try {
      const article = extractSelection(document);
      return article ? { ok: true, article } : { ok: false, error: 'Nothing is selected on the page.' };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  },
});
