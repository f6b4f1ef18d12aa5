/**
 * Pages the browser does not let extensions read: its own pages, extension stores,
 * other extensions, the PDF viewer. Returns a reason to show, or null when reading may work.
 */
const BROWSER_SCHEMES =
  /^(chrome|edge|brave|opera|vivaldi|about|view-source|devtools|chrome-search|chrome-untrusted|moz-extension|chrome-extension|resource|data|blob|javascript):/i;
const STORES = /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)(\/|$)/i;
const PDF_VIEWER = /^chrome-extension:\/\/mhjfbmdgcfjbbpaeojofohoefgiehjai\//i;

/** `no-access`: a normal page, but the browser has not granted access (no click on it yet). */
export type RestrictedKind = 'browser-page' | 'store' | 'pdf' | 'no-page' | 'no-access';

/**
 * Without the `tabs` permission the browser hides the address of pages we may not read, so
 * an unknown address is not a verdict: callers try, and read the browser's refusal.
 */
export function restrictedKind(url: string | undefined): RestrictedKind | null {
  if (!url) return null;
  if (PDF_VIEWER.test(url) || /\.pdf(?:[?#]|$)/i.test(url)) return 'pdf';
  if (STORES.test(url)) return 'store';
  if (BROWSER_SCHEMES.test(url)) return 'browser-page';
  return null;
}
