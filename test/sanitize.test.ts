import { describe, expect, it } from 'vitest';
import { sanitizeEach, sanitizeHtml, sanitizeInPlace, sanitizeToFragment } from '../utils/sanitize';
import { dom } from './helpers/dom';

const win = dom('').window as unknown as Window;
const clean = (html: string): string => sanitizeHtml(html, win);

const CASES: [string, string][] = [
  ['<script>alert(1)</script><p>ok</p>', '<p>ok</p>'],
  ['<img src="https://e.com/x.jpg" onerror="alert(1)">', '<img src="https://e.com/x.jpg">'],
  // Relative addresses would resolve against the extension; the pipeline makes them absolute first.
  ['<img src="x.jpg">', '<img>'],
  ['<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
  ['<a href="https://e.com/">x</a>', '<a href="https://e.com/" rel="noopener noreferrer">x</a>'],
  ['<img src="data:image/svg+xml;base64,PHN2Zz4=">', '<img>'],
  ['<img src="data:image/png;base64,iVBORw0KGgo=">', '<img src="data:image/png;base64,iVBORw0KGgo=">'],
  ['<iframe src="https://e.com"></iframe><form><input></form><p style="color:red" class="x" id="y">t</p>', '<p>t</p>'],
  ['<base href="https://evil/"><meta http-equiv="refresh" content="0"><style>p{}</style><p>t</p>', '<p>t</p>'],
  // Attributes that are not addresses keep their values (the strict address check once dropped them all).
  [
    '<table><tbody><tr><td colspan="2" rowspan="3" scope="col">a</td></tr></tbody></table>',
    '<table><tbody><tr><td colspan="2" rowspan="3" scope="col">a</td></tr></tbody></table>',
  ],
  ['<p lang="en" dir="rtl">x</p><time datetime="2024-01-01">t</time>', '<p lang="en" dir="rtl">x</p><time datetime="2024-01-01">t</time>'],
  ['<img src="https://e.com/x.jpg" width="10" height="20" alt="k">', '<img src="https://e.com/x.jpg" width="10" height="20" alt="k">'],
  [
    '<span data-qd-removed="3"></span><span data-x="1" data-qd-removed="javascript:alert(1)">y</span>',
    '<span data-qd-removed="3"></span><span data-qd-removed="javascript:alert(1)">y</span>',
  ],
];

/** A <div> holding `html`, in `win`'s realm (DOMPurify checks nodes against its window's classes). */
const divOf = (html: string): HTMLDivElement => {
  const Parser = (win as unknown as { DOMParser: typeof DOMParser }).DOMParser;
  return new Parser().parseFromString(`<!DOCTYPE html><body><div>${html}</div>`, 'text/html').body.firstElementChild as HTMLDivElement;
};

describe('sanitizeHtml', () => {
  it.each(CASES)('%s', (input, output) => {
    expect(clean(input)).toBe(output);
  });

  it('returns the contents of a node and leaves the node alone', () => {
    const d = dom('<div id="r"><p onclick="x()">a</p></div>').window.document;
    const root = d.getElementById('r')!;
    expect(sanitizeHtml(root, win)).toBe('<p>a</p>');
    expect(root.querySelector('p')!.getAttribute('onclick')).toBe('x()');
  });

  it('sanitizes a whole <body> without touching it', () => {
    const d = dom('<p onclick="x()">a</p><script>1</script>').window.document;
    expect(sanitizeHtml(d.body, win)).toBe('<p>a</p>');
    expect(d.body.querySelector('script')).not.toBeNull();
  });

  it('gives the same in place, for a tree the caller throws away', () => {
    for (const [input, output] of CASES) expect(sanitizeInPlace(divOf(input), win)).toBe(output);
  });

  it('sanitizes many blocks in one pass, each itself included', () => {
    const blocks = CASES.map(([input]) => divOf(input));
    const d = win.document;
    const p = d.createElement('p');
    p.setAttribute('onclick', 'x()');
    p.textContent = 'by';
    expect(sanitizeEach([...blocks, p], win)).toEqual([...CASES.map(([, output]) => `<div>${output}</div>`), '<p>by</p>']);
    expect(sanitizeEach([], win)).toEqual([]);
  });

  it('builds fragments without any HTML string assignment by the caller', () => {
    const f = sanitizeToFragment('<p>a<script>x</script></p>', win);
    expect(f.childNodes).toHaveLength(1);
    expect(f.textContent).toBe('a');
  });
});
