/**
 * Where the command line reads an article's images from (`--images`): files saved with the page,
 * the image records of the WARC file that holds it, or the web for a page fetched from the web.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { WARCParser } from 'warcio';
import { IMAGE_LIMITS, tooLarge, type ImageReader } from '../utils/clip/images';

const TIMEOUT_MS = 30_000;

/**
 * Images saved with a page: where the address points under the page's own folder
 * (`a/88.html` with `a/img/1.jpg`), in the browser's "Web page, complete" folder
 * (`88_files/1.jpg`), or beside the page.
 */
export function fileImages(pagePath: string, pageUrl: string): ImageReader {
  const folder = dirname(resolve(pagePath));
  const pageDir = new URL('.', pageUrl).href;
  return (url) => {
    const name = basename(decodeURIComponent(new URL(url).pathname));
    const under = url.startsWith(pageDir) ? resolve(folder, decodeURIComponent(url.slice(pageDir.length).split(/[?#]/)[0]!)) : null;
    const candidates = [
      // Never outside the page's folder.
      under && (under + sep).startsWith(folder + sep) ? under : null,
      join(folder, `${basename(pagePath, extname(pagePath))}_files`, name),
      join(folder, name),
    ];
    const file = candidates.find((f) => f && name && existsSync(f) && statSync(f).isFile());
    if (!file) return Promise.reject(new Error('not saved with the page'));
    if (statSync(file).size > IMAGE_LIMITS.each) return Promise.reject(tooLarge());
    return Promise.resolve({ bytes: readFileSync(file) });
  };
}

/** Images from the web, sent with the article's address as referrer (as the browser showing it would). */
export function webImages(pageUrl: string): ImageReader {
  return async (url) => {
    const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), referrer: pageUrl, headers: { accept: 'image/*' } }).catch((e: unknown) => {
      throw new Error(e instanceof Error && e.name === 'TimeoutError' ? `no answer within ${TIMEOUT_MS / 1000} s` : 'cannot fetch');
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    if (Number(response.headers.get('content-length')) > IMAGE_LIMITS.each) throw tooLarge();
    return { bytes: new Uint8Array(await response.arrayBuffer()), type: response.headers.get('content-type') };
  };
}

/** Where each image of a WARC file starts: its address → the record's offset (2xx image responses, the last one kept). */
export async function indexWarcImages(path: string): Promise<Record<string, number>> {
  const index: Record<string, number> = {};
  const parser = new WARCParser(createReadStream(path));
  for await (const record of parser) {
    const url = record.warcTargetURI;
    if (!url) continue;
    if (record.warcType === 'response') {
      const info = record.getResponseInfo();
      const status = Number(info?.status);
      if (status >= 200 && status < 300 && /^\s*image\//i.test(info?.headers.get('content-type') ?? '')) index[url] = parser.offset;
    } else if (record.warcType === 'resource' && /^\s*image\//i.test(record.warcContentType ?? '')) index[url] = parser.offset;
  }
  return index;
}

/** Images read from the WARC file's own records, by the index. */
export function warcImages(path: string, index: Readonly<Record<string, number>>): ImageReader {
  return async (url) => {
    const offset = index[url];
    if (offset === undefined) throw new Error('not in the WARC file');
    const record = await new WARCParser(createReadStream(path, { start: offset })).parse();
    if (!record || record.warcTargetURI !== url) throw new Error('the WARC record moved');
    return { bytes: await record.readFully(true) };
  };
}

/** Reads the index a parent wrote for its workers. */
export const readIndex = (file: string): Record<string, number> => JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>;
