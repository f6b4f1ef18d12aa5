/**
 * WARC files for tests and benchmarks, written with warcio as a crawler (Heritrix, Browsertrix,
 * wget --warc-file) would: a warcinfo record, then for each page its request and its response.
 */
import { writeFileSync } from 'node:fs';
import { WARCRecord, WARCSerializer } from 'warcio';

export interface WarcEntry {
  url: string;
  /** The HTTP body, as the server sent it. */
  body: Uint8Array | string;
  status?: number;
  /** The HTTP Content-Type (default text/html without a charset). */
  type?: string;
  /** A `resource` record (no HTTP headers), or a `revisit` (no body), instead of a response. */
  record?: 'response' | 'resource' | 'revisit';
}

const STATUS_TEXT: Record<number, string> = { 200: 'OK', 301: 'Moved Permanently', 404: 'Not Found', 500: 'Internal Server Error' };

function* once(bytes: Uint8Array): Generator<Uint8Array> {
  yield bytes;
}

/** The serialized records, each gzipped on its own (as .warc.gz members) when `gzip`. */
export async function warcBytes(entries: WarcEntry[], gzip: boolean): Promise<Buffer> {
  const out: Uint8Array[] = [];
  const add = async (r: WARCRecord): Promise<void> => {
    out.push(await WARCSerializer.serialize(r, { gzip }));
  };
  await add(WARCRecord.createWARCInfo({ filename: 'test.warc' }, { software: 'qingdu tests' }));
  for (const e of entries) {
    const body = typeof e.body === 'string' ? new TextEncoder().encode(e.body) : e.body;
    const status = e.status ?? 200;
    await add(
      WARCRecord.create(
        { url: e.url, type: 'request', httpHeaders: { Host: new URL(e.url).host }, statusline: `GET ${new URL(e.url).pathname} HTTP/1.1` },
        once(new Uint8Array()),
      ),
    );
    if (e.record === 'resource')
      await add(WARCRecord.create({ url: e.url, type: 'resource', warcHeaders: { 'Content-Type': e.type ?? 'text/html' } }, once(body)));
    else if (e.record === 'revisit')
      await add(
        WARCRecord.create(
          { url: e.url, type: 'revisit', refersToUrl: e.url, httpHeaders: { 'Content-Type': e.type ?? 'text/html' }, statusline: 'HTTP/1.1 200 OK' },
          once(new Uint8Array()),
        ),
      );
    else
      await add(
        WARCRecord.create(
          {
            url: e.url,
            type: 'response',
            httpHeaders: { 'Content-Type': e.type ?? 'text/html' },
            statusline: `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Status'}`,
          },
          once(body),
        ),
      );
  }
  return Buffer.concat(out);
}

export async function writeWarc(path: string, entries: WarcEntry[]): Promise<void> {
  writeFileSync(path, await warcBytes(entries, path.endsWith('.gz')));
}
