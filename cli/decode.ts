/**
 * Decode an HTML file as a browser does: a BOM first, then the charset a <meta> declares
 * in the first 1024 bytes, else UTF-8. GB2312 and GBK decode as GB18030 (their superset),
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

export function sniffCharset(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  const declared = m?.[1]?.toLowerCase() ?? '';
  const name = ALIASES[declared] ?? declared;
  if (name) {
    try {
      new TextDecoder(name);
      return name === 'utf-16' || name.startsWith('utf-16') ? 'utf-8' : name; // a meta cannot declare UTF-16
    } catch {
      // Unknown label: fall through to UTF-8.
    }
  }
  return 'utf-8';
}

export function decodeHtml(bytes: Uint8Array): string {
  return new TextDecoder(sniffCharset(bytes)).decode(bytes);
}
