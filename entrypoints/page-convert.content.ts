/**
 * "Convert this page": registered at runtime and injected from the popup under activeTab.
 * Installs one handle in the extension's isolated world; the popup then calls it with
 * scripting.executeScript({ func }) to convert the live page, or to restore it.
 */
import { loadConverter } from '@/utils/convert/load-converter';
import { PageConversion } from '@/utils/convert/convert-page';
import { withUserWords } from '@/utils/convert/user-words';
import type { PageConvertHandle } from '@/utils/browser/page-convert';

export default defineContentScript({
  registration: 'runtime',
  main() {
    const g = globalThis as unknown as { __qingduPage?: PageConvertHandle };
    if (g.__qingduPage) return;
    let current: PageConversion | null = null;
    g.__qingduPage = {
      async convert(from, to, lang, words) {
        current?.stop();
        current = new PageConversion(document, withUserWords(await loadConverter(from, to), words));
        return current.start(lang);
      },
      restore() {
        current?.stop();
        current = null;
      },
      active: () => current !== null,
    };
  },
});
