/**
 * An article's images for a clip, read at click time from the article's own tab: the page's
 * context sends the site's cookies and the page as referrer, as the browser did when it showed
 * them, so hotlink-guarded images come too. An image the page may not read (another site
 * without CORS) is read by the extension when it holds access to that site (the tab's own, under
 * activeTab, or every site once granted); otherwise it stays a link. Nothing leaves the browser.
 * Extension pages only.
 */
import { browser } from 'wxt/browser';
import { IMAGE_LIMITS, ImageError, tooLarge, type ImageReader } from '../clip/image-limits';

/** `final`: the site's own answer (an HTTP error, too large), not worth a second try from the extension. */
type InPage = { ok: true; data: string } | { ok: false; error: string; final: boolean };

/** Runs in the tab's content-script world: the image as base64, or why not. Self-contained (it is serialized). */
async function readInPage(url: string, max: number): Promise<InPage> {
  try {
    // Firefox makes a content script's own fetch as the extension (no page referrer: a hotlink
    // guard refuses it); `content.fetch` is the page's. Chromium's content-script fetch is the
    // page's, and its `content` is at most an element named so (a function is never one).
    const page = (globalThis as { content?: { fetch?: unknown } }).content;
    const init: RequestInit = { credentials: 'include' };
    const response = await (typeof page?.fetch === 'function' ? (page as { fetch: typeof fetch }).fetch(url, init) : fetch(url, init));
    if (!response.ok) return { ok: false, error: `HTTP ${response.status}`, final: true };
    const blob = await response.blob();
    if (blob.size > max) return { ok: false, error: 'too large', final: true };
    const data = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
      reader.onerror = () => reject(new Error('unreadable'));
      reader.readAsDataURL(blob);
    });
    return { ok: true, data: data.slice(data.indexOf(',') + 1) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e), final: false };
  }
}

const fromBase64 = (b64: string): Uint8Array => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

async function readHere(url: string): Promise<{ bytes: Uint8Array; type: string | null }> {
  const response = await fetch(url, { credentials: 'include' });
  if (!response.ok) throw new ImageError('other', `HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > IMAGE_LIMITS.each) throw tooLarge();
  return { bytes, type: response.headers.get('content-type') };
}

/** The image read in the tab's page, or why not (never throws: a closed tab is a reason too). */
async function inTab(tabId: number, url: string): Promise<InPage> {
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, func: readInPage, args: [url, IMAGE_LIMITS.each] });
    return first?.result ?? { ok: false, error: 'no answer from the page', final: false };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e), final: false };
  }
}

/** Reads images in the tab first (when it is still open), then in the extension. */
export function tabImageReader(tabId: number | null): ImageReader {
  return async (url) => {
    if (tabId !== null) {
      const result = await inTab(tabId, url);
      if (result.ok) return { bytes: fromBase64(result.data) };
      if (result.final) throw result.error === 'too large' ? tooLarge() : new ImageError('other', result.error);
    }
    return readHere(url).catch((e: unknown) => {
      // The site answered (an HTTP error, too large): that is the reason. Otherwise the extension could not reach it.
      if (e instanceof ImageError) throw e;
      throw new ImageError('no-access', `no access to ${new URL(url).host}`);
    });
  };
}
