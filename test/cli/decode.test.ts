import { describe, expect, it } from 'vitest';
import { decodeHtml, headerCharset, sniffCharset } from '../../utils/decode-html';

const bytes = (s: string, enc: string): Uint8Array => {
  // Node can decode GBK/Big5 but not encode them; these byte strings are hand-made.
  void enc;
  return new Uint8Array(Buffer.from(s, 'latin1'));
};

describe('decodeHtml', () => {
  it('follows a BOM before a meta', () => {
    const b = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('<meta charset="gbk">é', 'utf8')]);
    expect(sniffCharset(b)).toBe('utf-8');
  });
  it('decodes GB2312 as GB18030', () => {
    const b = new Uint8Array([...Buffer.from('<meta charset="gb2312">'), 0xd6, 0xd0, 0xce, 0xc4]);
    expect(sniffCharset(b)).toBe('gb18030');
    expect(decodeHtml(b).endsWith('中文')).toBe(true);
  });
  it('decodes Big5 from http-equiv', () => {
    const b = new Uint8Array([...Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=big5">'), 0xa4, 0xa4, 0xa4, 0xe5]);
    expect(decodeHtml(b).endsWith('中文')).toBe(true);
  });
  it('falls back to UTF-8 for unknown or missing labels', () => {
    expect(sniffCharset(bytes('<meta charset="x-nonsense">', ''))).toBe('utf-8');
    expect(decodeHtml(new Uint8Array(Buffer.from('<p>中文</p>')))).toBe('<p>中文</p>');
  });
  it("takes the charset the server declares before the page's meta, as a browser does", () => {
    const b = new Uint8Array([...Buffer.from('<meta charset="utf-8">'), 0xd6, 0xd0, 0xce, 0xc4]);
    expect(headerCharset('text/html; charset="GBK"')).toBe('gb18030');
    expect(headerCharset('text/html')).toBe('');
    expect(decodeHtml(b, headerCharset('text/html; charset=GBK')).endsWith('中文')).toBe(true);
    expect(decodeHtml(b, headerCharset('text/html; charset=nonsense')).endsWith('中文')).toBe(false);
  });
});
