/** The hostile corpus (test/fixtures/hostile): whatever a page holds, the output is safe. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../cli/extract-html';
import { findForbidden } from '../../utils/sanitize';
import { dom } from '../helpers/dom';

const DIR = 'test/fixtures/hostile';
const pages = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .sort();
const win = dom('').window as unknown as Window;

const PAYLOAD = /__qd_pwned|javascript:|vbscript:|data:text|expression\(/i;

describe.each(pages)('hostile page %s', (file) => {
  const article = extractFromHtml(readFileSync(`${DIR}/${file}`, 'utf8'), 'http://127.0.0.1/hostile/' + file);
  it('still yields the article', () => {
    // The first paragraph: later ones may be swallowed by the payloads' own markup (in jsdom,
    // which parses <noscript> as markup, mutation-xss pulls its second paragraph inside one).
    expect(article.text).toContain('市委书记实地调研部分重点项目建设');
  });
  it('has nothing forbidden in its html', () => {
    expect(findForbidden(article.html, win)).toEqual([]);
    // Payload text may survive as inert, escaped text; never in an element or attribute.
    const out = dom(`<body>${article.html}`).window.document;
    const attrs = Array.from(out.body.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes).map((a) => `${el.tagName} ${a.name}=${a.value}`));
    expect(attrs.filter((a) => PAYLOAD.test(a))).toEqual([]);
  });
});

describe('a page with <base>', () => {
  it('resolves its links and images against the base, as the browser does', () => {
    const a = extractFromHtml(readFileSync(`${DIR}/base-meta.html`, 'utf8'), 'http://127.0.0.1/hostile/base-meta.html');
    expect(a.images.map((i) => i.src)).toEqual(['http://127.0.0.2/pwned/base/relative.png']);
    expect(a.html).toContain('href="http://127.0.0.2/pwned/base/relative/page.html"');
    expect(a.html).not.toContain('<base');
  });
});

describe('findForbidden', () => {
  it('reports what it must', () => {
    expect(
      findForbidden('<p onclick="x">a</p><a href="javascript:1">b</a><img src="data:image/svg+xml;base64,AA"><svg></svg><a href="https://e.com/">c</a>', win),
    ).toEqual([
      '<p onclick>',
      '<a href="javascript:1">',
      '<a> without rel="noopener noreferrer"',
      '<img src="data:image/svg+xml;base64,AA">',
      '<svg>',
      '<a> without rel="noopener noreferrer"',
    ]);
  });
});
