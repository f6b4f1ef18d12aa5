import { describe, expect, it } from 'vitest';
import { restrictedKind } from '../utils/restricted';

describe('restrictedKind', () => {
  it.each([
    ['chrome://extensions/', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['view-source:https://e.com/', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'store'],
    ['https://addons.mozilla.org/zh-TW/firefox/', 'store'],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', 'pdf'],
    ['https://e.com/report.pdf', 'pdf'],
    ['https://www.jzrb.com/news/2024-04/23/content_1.htm', null],
    [undefined, null],
  ])('%s -> %s', (url, kind) => {
    expect(restrictedKind(url)).toBe(kind);
  });
});
