/**
 * Decode an HTML file as a browser does: a BOM first, then the charset the HTTP header gives
 * (when it was fetched), then the one a <meta> declares in the first 1024 bytes, else UTF-8. GB2312 and GBK decode as GB18030 (their superset),
 * as browsers do.
 */
const ALIASES: Record<string, string> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  gb18030: 'gb18030',
  'big5-hkscs': 'big5',
  big5: 'big5',
  'x-euc-tw': 'big5',
  utf8: 'utf-8',
};

/** A decoder's name for a declared charset, or '' when no decoder knows it. */
function known(label: string | undefined): string {
  const declared = label?.trim().toLowerCase() ?? '';
  const name = ALIASES[declared] ?? declared;
  if (!name) return '';
  try {
    new TextDecoder(name);
    return name;
  } catch {
    return '';
  }
}

/** The charset of a Content-Type header value (text/html; charset=GBK), if it names one. */
export const headerCharset = (contentType: string | null | undefined): string => known(/charset\s*=\s*["']?([\w-]+)/i.exec(contentType ?? '')?.[1]);

export function sniffCharset(bytes: Uint8Array, fromHeader = ''): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (known(fromHeader)) return known(fromHeader);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const name = known(/<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]);
  // A meta cannot declare UTF-16.
  return !name ? 'utf-8' : name.startsWith('utf-16') ? 'utf-8' : name;
}

/** `bytes` as text; `fromHeader`: the charset the HTTP response declared (see headerCharset). */
export function decodeHtml(bytes: Uint8Array, fromHeader = ''): string {
  return new TextDecoder(sniffCharset(bytes, fromHeader)).decode(bytes);
}
