/**
 * The pages of a corpus for the command line, one at a time and in a fixed order: the HTML files
 * of a folder, the HTML responses held in a WARC (or WARC.gz) file, or the addresses of a list.
 * Each page has a stable output name (`stem`), so `--skip-existing` finds what an earlier run,
 * or another machine's shard, already wrote.
 */
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WARCParser } from 'warcio';
import { headerCharset } from '../utils/decode-html';
import { fetchBytes } from './fetch-page';

export interface Loaded {
  bytes: Uint8Array;
  charset: string;
  url?: string;
}

/** Where a page's images are (--images): files saved with it, its WARC file's records (by an index file), or the web. */
export type ImageSource = { kind: 'file'; path: string } | { kind: 'warc'; path: string; index: string } | { kind: 'web' };

export interface CorpusPage {
  /** What the page is called in JSON Lines and messages: `{ file }`, `{ file, record }` or `{ address }`. */
  label: Record<string, string>;
  /** The output file's name, without its extension. */
  stem: string;
  /** The address the page is read as (relative links, provenance). */
  url: string;
  /** The page's bytes, the charset its server declared and, after a redirect, its final address; throws with a short reason. */
  load: () => Promise<Loaded>;
  images: ImageSource;
}

/** What names a page in messages: its file, record or address. */
export const pageName = (p: Pick<CorpusPage, 'label'>): string => Object.values(p.label).join(' ');

export const isWarc = (path: string): boolean => /\.warc(?:\.gz)?$/i.test(path);

/** A file name from an address: its host and path, readable, short, and made unique by a hash of `key`. */
export function stemOf(url: string, key: string): string {
  let readable = url;
  try {
    const u = new URL(url);
    readable = u.host + u.pathname.replace(/\.s?html?$/i, '');
  } catch {
    // not an address: its own characters, made safe below
  }
  const safe = readable
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .replace(/^[._]+|_+$/g, '')
    .slice(0, 80);
  return `${safe || 'page'}-${createHash('sha256').update(key).digest('hex').slice(0, 10)}`;
}

/** The regular `.html` files of a folder, by name. */
export function* folderPages(dir: string, url: string | undefined): Generator<CorpusPage> {
  // Regular files only: a named pipe called x.html would be read forever.
  const files = readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.html') && statSync(join(dir, f), { throwIfNoEntry: false })?.isFile())
    .sort();
  for (const file of files) {
    const full = join(dir, file);
    yield {
      label: { file },
      stem: basename(file, '.html'),
      url: url || pathToFileURL(resolve(full)).href,
      load: () => Promise.resolve({ bytes: readFileSync(full), charset: '' }),
      images: { kind: 'file', path: full },
    };
  }
}

/** Only a page: an HTML response that succeeded (2xx), or an HTML resource record. */
const HTML = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;

/**
 * The HTML pages a WARC file holds, in the file's order, read as they stream by: response
 * records with a 2xx status and an HTML type (the charset from the HTTP header first), and
 * resource records of an HTML type. Requests, metadata, revisits, redirects, errors and
 * images are passed over.
 */
export async function* warcPages(path: string, imageIndex = ''): AsyncGenerator<CorpusPage> {
  const file = basename(path);
  const parser = new WARCParser(createReadStream(path));
  for await (const record of parser) {
    const url = record.warcTargetURI;
    if (!url) continue;
    let type: string | null | undefined;
    if (record.warcType === 'response') {
      const info = record.getResponseInfo();
      const status = Number(info?.status);
      if (!(status >= 200 && status < 300)) continue;
      type = info?.headers.get('content-type');
    } else if (record.warcType === 'resource') type = record.warcContentType;
    else continue;
    if (!type || !HTML.test(type)) continue;
    const bytes = await record.readFully(true);
    const id = record.warcHeader('WARC-Record-ID') ?? `${url} ${parser.offset}`;
    yield {
      label: { file, record: id },
      stem: stemOf(url, id),
      url,
      load: () => Promise.resolve({ bytes, charset: headerCharset(type) }),
      images: { kind: 'warc', path, index: imageIndex },
    };
  }
}

/** The addresses of a list: one per line; blank lines and `#` comments are passed over. */
export function addressList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/**
 * Pages fetched from a list of addresses, politely: one request at a time to a host, and
 * `waitMs` between the end of one and the start of the next (different hosts are fetched side
 * by side). A page that cannot be fetched fails alone, with its reason.
 */
export function* addressPages(addresses: string[], waitMs: number): Generator<CorpusPage> {
  const hosts = new Map<string, Promise<unknown>>();
  for (const address of addresses) {
    let host: string;
    try {
      host = new URL(address).host;
    } catch {
      host = '';
    }
    const load = (): Promise<Loaded> => {
      if (!host || !/^https?:$/.test(new URL(address).protocol)) return Promise.reject(new Error('not an http(s) address'));
      // Chained behind the host's last request; a failure does not break the chain.
      const previous = hosts.get(host) ?? Promise.resolve();
      const mine = previous.then(() => fetchBytes(address));
      hosts.set(
        host,
        mine.then(
          () => sleep(waitMs),
          () => sleep(waitMs),
        ),
      );
      return mine;
    };
    yield { label: { address }, stem: stemOf(address, address), url: address, load, images: { kind: 'web' } };
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
