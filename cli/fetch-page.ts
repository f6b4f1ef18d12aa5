/**
 * A page from the web for the command line: fetched (redirects followed, 30 s at most, 8 MB at
 * most), decoded by the charset the server declares, then the page's own. Only http(s).
 */
import { decodeHtml, headerCharset } from '../utils/decode-html';

const TIMEOUT_MS = 30_000;
const MAX_BYTES = 8 * 1024 * 1024;

export const isWebAddress = (s: string): boolean => /^https?:\/\//i.test(s);

/** The page's bytes, the charset its server declares and the address it finally came from. Throws with a short reason. */
export async function fetchBytes(url: string): Promise<{ bytes: Uint8Array; charset: string; url: string }> {
  const response = await fetch(url, {
    redirect: 'follow',
    signal: AbortSignal.timeout(TIMEOUT_MS),
    headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' },
  }).catch((e: unknown) => {
    throw new Error(
      e instanceof Error && e.name === 'TimeoutError'
        ? `no answer within ${TIMEOUT_MS / 1000} s`
        : `cannot fetch (${e instanceof Error ? ((e.cause as Error | undefined)?.message ?? e.message) : String(e)})`,
    );
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const type = response.headers.get('content-type');
  if (type && !/html|xml/i.test(type)) throw new Error(`not a web page (${type.split(';')[0]})`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_BYTES) throw new Error(`larger than ${MAX_BYTES / 1024 / 1024} MB`);
  return { bytes, charset: headerCharset(type), url: response.url || url };
}

/** The page's HTML, decoded, and the address it finally came from. */
export async function fetchPage(url: string): Promise<{ html: string; url: string }> {
  const page = await fetchBytes(url);
  return { html: decodeHtml(page.bytes, page.charset), url: page.url };
}
