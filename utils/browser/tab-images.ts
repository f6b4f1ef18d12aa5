/**
 * An article's images for a clip, read at click time from the article's own tab: the page's
 * context sends the site's cookies and the page as referrer, as the browser did when it showed
 * them, so hotlink-guarded images come too. An image the page may not read (another site
 * without CORS) is read by the extension when it holds access to that site (the tab's own, under
 * activeTab, or every site once granted); otherwise it stays a link. Nothing leaves the browser.
 * Extension pages only.
 */
import { browser } from 'wxt/browser';
import { IMAGE_LIMITS, type ImageReader } from '../clip/image-limits';

type InPage = { ok: true; data: string } | { ok: false; error: string };

/** Runs in the tab's content-script world: the image as base64, or why not. Self-contained (it is serialized). */
async function readInPage(url: string, max: number): Promise<InPage> {
  try {
    const response = await fetch(url, { credentials: 'include' });
    if (!response.ok) return { ok: false, error: `HTTP ${response.status}` };
    const blob = await response.blob();
    if (blob.size > max) return { ok: false, error: `over ${max / 2 ** 20} MB` };
    const data = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
      reader.onerror = () => reject(new Error('unreadable'));
      reader.readAsDataURL(blob);
    });
    return { ok: true, data: data.slice(data.indexOf(',') + 1) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

const fromBase64 = (b64: string): Uint8Array => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

async function readHere(url: string): Promise<{ bytes: Uint8Array; type: string | null }> {
  const response = await fetch(url, { credentials: 'include' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > IMAGE_LIMITS.each) throw new Error(`over ${IMAGE_LIMITS.each / 2 ** 20} MB`);
  return { bytes, type: response.headers.get('content-type') };
}

/** The image read in the tab's page, or why not (never throws: a closed tab is a reason too). */
async function inTab(tabId: number, url: string): Promise<InPage> {
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, func: readInPage, args: [url, IMAGE_LIMITS.each] });
    return first?.result ?? { ok: false, error: 'no answer from the page' };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

// The site's own answer (404, too large) is final; only a refusal to read is worth a second try.
const sitesAnswer = (reason: string): boolean => /^HTTP |^over /.test(reason);

/** Reads images in the tab first (when it is still open), then in the extension. */
export function tabImageReader(tabId: number | null): ImageReader {
  return async (url) => {
    if (tabId !== null) {
      const result = await inTab(tabId, url);
      if (result.ok) return { bytes: fromBase64(result.data) };
      if (sitesAnswer(result.error)) throw new Error(result.error);
    }
    return readHere(url).catch((e: unknown) => {
      const reason = e instanceof Error ? e.message : String(e);
      throw new Error(sitesAnswer(reason) ? reason : `no access to ${new URL(url).host}`, { cause: e });
    });
  };
}
