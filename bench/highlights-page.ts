/**
 * What bench/highlights.ts runs inside Chromium: a long article's body converted to 繁體(台灣)
 * with phrases, as a script switch does, then its highlights found and painted, a selection
 * anchored, and a clip made with and without them. Each function returns milliseconds.
 */
import { emptyArticle } from '../utils/article';
import { makeClip } from '../utils/clip';
import { escapeHtml } from '../utils/clip/context';
import { markHighlights } from '../utils/clip/highlights';
import { convertDom, type ConvertedDom } from '../utils/convert/convert-dom';
import { loadConverter, memoized, type ConvertFn } from '../utils/convert/load-converter';
import { AS_WRITTEN, anchorOf, locate, rangeOf, textIndex, type Highlight } from '../utils/highlights';

let convert: ConvertFn = (s) => s;
let body: HTMLElement;
let shown: ConvertedDom | null = null;
let highlights: Highlight[] = [];
let html = '';

/** The body of `paragraphs`, and the converter (loaded once). */
export async function setUp(paragraphs: string[]): Promise<number> {
  convert = memoized(await loadConverter('cn', 'twp'));
  body = document.createElement('div');
  for (const p of paragraphs) body.append(Object.assign(document.createElement('p'), { textContent: p }));
  document.body.replaceChildren(body);
  html = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
  return body.textContent.length;
}

/** `n` highlights of 12 characters, spread evenly over the text as written. */
export function makeHighlights(n: number): number {
  const source = shown ?? AS_WRITTEN;
  const index = textIndex(body, source);
  highlights = [];
  for (let i = 0; i < n; i++) {
    const at = Math.floor(((i + 0.5) * index.text.length) / n);
    const range = rangeOf(index, [at, at + 12])!;
    const a = anchorOf(body, range, source);
    if (a) highlights.push({ ...a, id: String(i), note: `筆記 ${i}`, created: '' });
  }
  return highlights.length;
}

const time = (f: () => void): number => {
  const t = performance.now();
  f();
  return performance.now() - t;
};

/** A script switch's DOM work: back to the original, then converted. */
export const switchScript = (): number =>
  time(() => {
    shown?.restore();
    shown = convertDom(body, convert);
  });

/** Finding every highlight in the converted body and painting it (the reader does this after each switch). */
export const paint = (): number =>
  time(() => {
    const index = textIndex(body, shown ?? AS_WRITTEN);
    const ranges = highlights.flatMap((h) => {
      const at = locate(index.text, h);
      const r = at && rangeOf(index, at);
      return r ? [r] : [];
    });
    if (ranges.length !== highlights.length) throw new Error(`${ranges.length} of ${highlights.length} found`);
    CSS.highlights.set('bench', new Highlight(...ranges));
  });

/** Anchoring one selection made on the converted text (what a click on 劃線 costs). */
export const anchorOne = (): number => {
  const index = textIndex(body, shown ?? AS_WRITTEN);
  const middle = Math.floor(index.text.length / 2);
  const range = rangeOf(index, [middle, middle + 20])!;
  return time(() => void anchorOf(body, range, shown ?? AS_WRITTEN));
};

/** A Markdown clip of the article, with its highlights marked or without. */
export async function clip(withHighlights: boolean): Promise<number> {
  const a = { ...emptyArticle('https://news.example.cn/a/1.html'), title: 't', html, text: body.textContent };
  const t = performance.now();
  const marked = markHighlights(a, withHighlights ? highlights : [], window);
  await makeClip(marked.article, 'md', { clippedAt: '2026-12-03T00:00:00Z', target: 'original', window, notes: marked.notes });
  return performance.now() - t;
}
