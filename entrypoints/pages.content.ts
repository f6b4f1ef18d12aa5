/**
 * Whole articles: registered at runtime, run with scripting.executeScript under activeTab when
 * an article has more pages. It leaves a reader of following pages in this content script's
 * own world (the page cannot see it); the extension calls it once per page
 * (utils/browser/follow-tab.ts).
 */
import { readPage } from '@/utils/browser/read-page';
import type { ExtractorResult } from '@/utils/browser/extract-tab';
import { PAGE_READER } from '@/utils/join-pages';

export default defineContentScript({
  registration: 'runtime',
  main(): boolean {
    (globalThis as Record<string, unknown>)[PAGE_READER] = async (url: string): Promise<ExtractorResult> => {
      try {
        return { ok: true, article: await readPage(url) };
      } catch (e) {
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
      }
    };
    return true;
  },
});
