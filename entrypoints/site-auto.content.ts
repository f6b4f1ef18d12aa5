/**
 * Registered at runtime only for the sites the user chose (utils/browser/site-auto.ts): tells
 * the background this page loaded, which then converts it or opens the reader. Sends nothing
 * of the page.
 */
import { browser } from 'wxt/browser';
import type { AutoMessage } from '@/utils/browser/site-auto';

export default defineContentScript({
  registration: 'runtime',
  main() {
    void browser.runtime.sendMessage({ type: 'qingdu:auto' } satisfies AutoMessage).catch(() => undefined);
  },
});
