/**
 * The extractor: registered at runtime, run with scripting.executeScript under activeTab
 * (never on its own). Returns the Article (already sanitized) as the script's result.
 */
import { extractLive } from '@/utils/browser/extract-live';
import type { ExtractorResult } from '@/utils/browser/extract-tab';

export default defineContentScript({
  registration: 'runtime',
  main(): ExtractorResult {
    try {
      return { ok: true, article: extractLive(document) };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  },
});
