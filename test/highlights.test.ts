/**
 * Highlights and notes: anchored in the text as the page wrote it, found again in every script
 * (OpenCC's phrase tables change lengths), after blocks move, and written into every clip format
 * in a form real parsers read back, whatever the reader typed.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import footnotes from 'markdown-it-footnote';
import marks from 'markdown-it-mark';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyArticle, type Article } from '../utils/article';
import { makeClip, type ClipFormat } from '../utils/clip';
import { markHighlights } from '../utils/clip/highlights';
import { convertArticle } from '../utils/convert/convert-article';
import { convertDom } from '../utils/convert/convert-dom';
import { loadConverter } from '../utils/convert/load-converter';
import { AS_WRITTEN, anchorOf, locate, rangeOf, textIndex, type Highlight } from '../utils/highlights';

const dom = new JSDOM('');
const win = dom.window as unknown as Window;
const doc = win.document;
afterAll(() => dom.window.close());

function body(html: string): HTMLElement {
  const el = doc.createElement('div');
  el.append(doc.importNode(JSDOM.fragment(html), true));
  return el;
}

/** A range from the n-th occurrence of `text` in `root`'s text as shown (inside one text node). */
function select(root: Element, text: string, nth = 0): Range {
  const walker = doc.createTreeWalker(root, 4);
  let seen = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    for (let at = data.indexOf(text); at >= 0; at = data.indexOf(text, at + 1)) {
      if (seen++ < nth) continue;
      const r = doc.createRange();
      r.setStart(n, at);
      r.setEnd(n, at + text.length);
      return r;
    }
  }
  throw new Error(`no ${text}`);
}

const highlight = (a: ReturnType<typeof anchorOf>, note = '', id = 'h1'): Highlight => ({ ...a!, id, note, created: '2026-12-03T00:00:00.000Z' });

describe('anchoring', () => {
  it('a selection over two paragraphs comes back as the same text in a new DOM of the article', () => {
    const html = '<p>第一段說明。</p>\n<p>第二段<b>重點</b>在此。</p>';
    const root = body(html);
    const range = doc.createRange();
    range.setStart(select(root, '說明').startContainer, 3);
    range.setEnd(select(root, '重點').startContainer, 1);
    const anchor = anchorOf(root, range, AS_WRITTEN)!;
    expect(anchor.quote).toBe('說明。\n第二段重');
    const again = body(html);
    const index = textIndex(again);
    expect(rangeOf(index, locate(index.text, anchor)!)!.toString()).toBe('說明。\n第二段重');
  });

  it('a selection in converted text (内存 → 記憶體, longer) is anchored in the original, and shown in every script', async () => {
    const root = body('<p>电脑的内存不足。</p><p>所以内存要加大，内存很贵。</p>');
    const twp = await loadConverter('cn', 'twp');
    const converted = convertDom(root, twp);
    expect(root.textContent).toContain('記憶體要加大');
    // The second paragraph's first 記憶體要加大 as the reader selected it in 繁體.
    const anchor = anchorOf(root, select(root, '記憶體要加大'), converted)!;
    expect(anchor.quote).toBe('内存要加大');
    expect(anchor.prefix.endsWith('所以')).toBe(true);
    // Painted over the 繁體 text …
    const shown = textIndex(root, converted);
    expect(rangeOf(shown, locate(shown.text, anchor)!)!.toString()).toBe('記憶體要加大');
    // … and over the text as written once converted back.
    converted.restore();
    const written = textIndex(root);
    expect(rangeOf(written, locate(written.text, anchor)!)!.toString()).toBe('内存要加大');
  });

  it('of two places with the same text, the one with the same surroundings is found after a block before it went', () => {
    const root = body('<p>導語。</p><p>甲說：會議延期。</p><p>乙說：會議延期。</p>');
    const anchor = anchorOf(root, select(root, '會議延期', 1), AS_WRITTEN)!;
    // The first paragraph removed by hand: every position moved, the quote is still 乙's.
    const after = body('<p>甲說：會議延期。</p><p>乙說：會議延期。</p>');
    const index = textIndex(after);
    const at = locate(index.text, anchor)!;
    expect(index.text.slice(at[0] - 3, at[0])).toBe('乙說：');
    expect(locate('全然不同的文章', anchor)).toBeNull();
  });

  it('is found where it was at once, and elsewhere only when the surroundings there fit better', () => {
    const text = '甲說：會議延期。乙說：會議延期。';
    const second = { quote: '會議延期', prefix: '乙說：', suffix: '。', start: 11 };
    expect(locate(text, second)).toEqual([11, 15]);
    // The same words where it was, but other text around them: the place that fits wins.
    expect(locate('乙說：會議延期。甲說：會議延期。', second)).toEqual([3, 7]);
  });

  it('a selection of only space, or outside the body, anchors nothing', () => {
    const root = body('<p>一</p>\n\n<p>二</p>');
    const range = doc.createRange();
    range.setStart(root.childNodes[1]!, 0);
    range.setEnd(root.childNodes[1]!, 2);
    expect(anchorOf(root, range, AS_WRITTEN)).toBeNull();
  });
});

const article = (over: Partial<Article> = {}): Article => ({
  ...emptyArticle('https://news.example.cn/a/1.html'),
  title: '电脑内存',
  html: '<p>电脑的内存不足。</p><p>所以内存要加大。</p><p>另一段。</p>',
  text: '电脑的内存不足。\n\n所以内存要加大。\n\n另一段。',
  lang: 'zh-CN',
  script: 'hans',
  ...over,
});

const clipOf = async (a: Article, notes: Highlight[], format: ClipFormat, convert?: (s: string) => string) => {
  const marked = markHighlights(a, notes, win);
  const shown = convert ? convertArticle(marked.article, convert, win, 'zh-Hant-TW') : marked.article;
  const list = convert ? marked.notes.map((n) => ({ ...n, quote: convert(n.quote) })) : marked.notes;
  return (await makeClip(shown, format, { clippedAt: '2026-01-01T00:00:00.000Z', target: convert ? 'twp' : 'original', window: win, notes: list })).content;
};

describe('highlights in clips', () => {
  const root = body(article().html);
  const withNote = highlight(anchorOf(root, select(root, '内存要加大'), AS_WRITTEN), '查一下\n价格', 'a');
  const plain = highlight(anchorOf(root, select(root, '电脑'), AS_WRITTEN), '', 'b');
  const gone: Highlight = { ...withNote, id: 'c', quote: '已删去的一句', prefix: '', suffix: '', start: 0, note: '原文改了' };

  it('Markdown: ==marks== in the script chosen, notes as footnotes, a lost highlight kept with its quote', async () => {
    const out = await clipOf(article(), [withNote, plain, gone], 'md', await loadConverter('cn', 'twp'));
    expect(out).toContain('==電腦==的記憶體不足。');
    expect(out).toContain('所以==記憶體要加大==[^1]。');
    expect(out).toContain('[^1]: 查一下\n    价格'); // the note as typed, never converted
    expect(out).toContain('> ==已刪去的一句==[^2]');
    expect(out).toContain('[^2]: 原文改了');
  });

  it('without highlights, every format is what it was (the clip fixtures hold the rest)', async () => {
    for (const f of ['md', 'text', 'html', 'csl', 'bibtex', 'ris'] as const) {
      const before = (await makeClip(article(), f, { clippedAt: '2026-01-01T00:00:00.000Z', target: 'original', window: win })).content;
      expect(await clipOf(article(), [], f)).toBe(before);
    }
  });

  it('HTML: <mark> and a link to each note, the notes listed; text, CSL, BibTeX and RIS carry quote and note', async () => {
    const html = await clipOf(article(), [withNote, plain, gone], 'html');
    const page = new JSDOM(html).window.document;
    expect([...page.querySelectorAll('article mark')].map((m) => m.textContent)).toEqual(['电脑', '内存要加大', '已删去的一句']);
    expect(page.querySelector('a[href="#note-1"]')?.closest('p')?.textContent).toBe('所以内存要加大1。');
    expect(page.getElementById('note-1')?.textContent).toContain('查一下价格');
    expect(page.querySelector('[data-qd-highlight], [data-qd-note]')).toBeNull();

    const text = await clipOf(article(), [withNote, plain, gone], 'text');
    expect(text).toMatch(/另一段。\n\n\* \* \*\n\n“电脑”\n\n“内存要加大” 查一下\n价格\n\n“已删去的一句” 原文改了\n$/);

    const csl = JSON.parse(await clipOf(article(), [withNote], 'csl')) as { annote: string }[];
    expect(csl[0]!.annote).toBe('“内存要加大” 查一下\n价格');
    const bib = new Cite(await clipOf(article(), [withNote, gone], 'bibtex'), { forceType: '@bibtex/text' }).data as { annote?: string }[];
    expect(bib[0]!.annote).toBe('“内存要加大” 查一下 价格 / “已删去的一句” 原文改了');
    const ris = await clipOf(article(), [withNote, gone], 'ris');
    expect(ris.split('\r\n').filter((l) => l.startsWith('N1'))).toEqual(['N1  - “内存要加大” 查一下 价格', 'N1  - “已删去的一句” 原文改了']);
  });

  it('overlapping highlights never nest marks, and a highlight over two paragraphs marks each part', () => {
    const r = body(article().html);
    const range = doc.createRange();
    range.setStart(select(r, '不足').startContainer, 5);
    range.setEnd(select(r, '所以').startContainer, 2);
    const across = highlight(anchorOf(r, range, AS_WRITTEN), '跨段', 'x');
    const inside = highlight(anchorOf(r, select(r, '所以内存'), AS_WRITTEN), '', 'y');
    const { article: marked } = markHighlights(article(), [across, inside], win);
    const holder = body(marked.html);
    expect(holder.querySelectorAll('mark mark')).toHaveLength(0);
    expect([...holder.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['不足。', '所以', '内存']);
  });
});

describe('highlights and notes hold against hostile notes in every format', () => {
  const RUNS = Number(process.env.QD_FC_RUNS) || 60;
  // Raw HTML on, with the footnote and ==mark== syntax Obsidian and GFM read.
  const md = new MarkdownIt({ html: true }).use(footnotes).use(marks);
  const hostile = fc.oneof(
    fc.constantFrom(
      '}\n@misc{x, title={pwned}}',
      '\r\nER  - \r\nTY  - JOUR\r\nTI  - injected',
      '<script>alert(1)</script></mark><img src=x onerror=alert(1)>',
      '[x](javascript:alert(1))\n[^1]: forged',
      '==\n---\ntitle: forged\n---',
      '\u0085\u0000\u2028\u202e',
    ),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
  );
  const root = body(article().html);
  const anchor = anchorOf(root, select(root, '内存要加大'), AS_WRITTEN)!;

  it('RIS and BibTeX: one record; CSL parses; HTML and Markdown build nothing the reader did not ask for', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, hostile, async (note, quote) => {
        const notes = [highlight(anchor, note, 'a'), { ...highlight(anchor, note, 'b'), quote: quote || 'x', prefix: '', suffix: '' }];
        const ris = await clipOf(article(), notes, 'ris');
        expect(new Cite(ris, { forceType: '@ris/file' }).data).toHaveLength(1);
        expect(ris.split('\r\n').filter((l) => l.startsWith('ER  -'))).toHaveLength(1);
        expect(ris.split('\r\n').filter((l) => l.startsWith('N1  -'))).toHaveLength(2);
        expect(new Cite(await clipOf(article(), notes, 'bibtex'), { forceType: '@bibtex/text' }).data).toHaveLength(1);
        const csl = await clipOf(article(), notes, 'csl');
        expect(() => JSON.parse(csl) as unknown).not.toThrow();
        const html = new JSDOM(await clipOf(article(), notes, 'html')).window.document;
        expect(html.querySelectorAll('script, img, iframe, [onerror]')).toHaveLength(0);
        const out = await clipOf(article(), notes, 'md');
        const rendered = new JSDOM(md.render(out.slice(out.indexOf('\n---\n') + 5))).window.document.body;
        const allowed = ['P', 'H1', 'BLOCKQUOTE', 'EM', 'STRONG', 'BR', 'MARK', 'SUP', 'A', 'HR', 'SECTION', 'OL', 'LI'];
        for (const el of Array.from(rendered.querySelectorAll('*'))) expect(allowed, el.outerHTML).toContain(el.tagName);
        // Links are the footnotes' own, within the clip.
        for (const a of Array.from(rendered.querySelectorAll('a'))) expect(a.getAttribute('href'), a.outerHTML).toMatch(/^#fn/);
        expect(rendered.querySelectorAll('.footnote-item')).toHaveLength(note.trim() ? 2 : 0);
        // The front matter is the article's: a note cannot add to it.
        expect(out.split(/^---$/m)[1]).not.toContain('forged');
      }),
      { numRuns: RUNS, seed: 20261203 },
    );
  });
});
