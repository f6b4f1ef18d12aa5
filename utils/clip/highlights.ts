/**
 * The reader's highlights in a clip. Before the article is converted to the script chosen, its
 * highlights are found in its HTML as the page wrote it and wrapped in `<mark data-qd-highlight>`,
 * with a `<sup data-qd-note>` (its number) after one that has a note; the writers turn those into
 * `==…==` and `[^n]` (Markdown) or `<mark>` and a note link (HTML), and list the notes (every
 * format: footnotes, a notes section, CSL `annote`, BibTeX `annote`, RIS `N1`). A highlight whose
 * text the article no longer holds is kept too, with its quote, after the article.
 */
import type { Article } from '../article';
import { MARK } from '../extract/marks';
import { inArticleOrder, locate, pieces, textIndex, type Highlight } from '../highlights';
import { sanitizeHtml, sanitizeToFragment } from '../sanitize';

/** A highlight as a clip writes it. */
export interface ClipNote {
  /** The highlighted text, in the clip's script. */
  quote: string;
  note: string;
  /** Its footnote's number; 0 for a highlight in the article without a note (it needs none). */
  n: number;
  /** Marked in the article's HTML; false when the article no longer holds its text. */
  placed: boolean;
}

/** Wraps the original text [from, to) of a text node in a mark. */
function wrap(node: Text, from: number, to: number, number: number): Element {
  if (to < node.data.length) node.splitText(to);
  const piece = from > 0 ? node.splitText(from) : node;
  const mark = node.ownerDocument.createElement('mark');
  mark.setAttribute(MARK.highlight, String(number));
  piece.replaceWith(mark);
  mark.append(piece);
  return mark;
}

/**
 * The article with its highlights marked in its HTML, and the notes in the article's order
 * (their quotes as written: convert them with the article).
 */
export function markHighlights(a: Article, highlights: readonly Highlight[], win: Window): { article: Article; notes: ClipNote[] } {
  if (!highlights.length) return { article: a, notes: [] };
  const holder = win.document.createElement('div');
  holder.append(sanitizeToFragment(a.html, win));
  // Only this function writes these marks (a stored article from elsewhere may carry some).
  holder.querySelectorAll(`sup[${MARK.note}]`).forEach((el) => el.remove());
  holder.querySelectorAll(`[${MARK.highlight}], [${MARK.note}]`).forEach((el) => (el.removeAttribute(MARK.highlight), el.removeAttribute(MARK.note)));
  const index = textIndex(holder);
  const found = inArticleOrder(highlights).map((h) => ({ h, at: locate(index.text, h) }));
  // In the article's order; a highlight it no longer holds goes last.
  found.sort((x, y) => (x.at && y.at ? x.at[0] - y.at[0] : x.at ? -1 : y.at ? 1 : 0));
  let count = 0;
  const notes = found.map(({ h, at }): ClipNote => ({ quote: h.quote, note: h.note.trim(), n: h.note.trim() || !at ? ++count : 0, placed: !!at }));
  // Overlapping highlights: the later one starts where the earlier ends (one mark never holds another).
  let reached = 0;
  const spans = found.map(({ at }, i) => {
    const span = at && at[1] > reached ? ([Math.max(at[0], reached), at[1]] as [number, number]) : null;
    if (span) reached = span[1];
    return { span, note: notes[i]! };
  });
  // From the end backwards: splitting a text node keeps the offsets before the split valid.
  for (let k = spans.length - 1; k >= 0; k--) {
    const { span, note } = spans[k]!;
    if (!span) continue;
    const parts = [...pieces(index, span)].filter(({ node, from, to }) => node.data.slice(from, to).trim());
    parts.reverse().forEach(({ node, from, to }, i) => {
      const mark = wrap(node, from, to, k + 1);
      if (i === 0 && note.note) {
        const sup = win.document.createElement('sup');
        sup.setAttribute(MARK.note, String(note.n));
        sup.textContent = String(note.n);
        mark.after(sup);
      }
    });
  }
  return { article: { ...a, html: sanitizeHtml(holder, win) }, notes };
}

/** A note's lines, without trailing space. */
export const noteLines = (note: string): string[] => note.split(/\r\n?|\n/).map((l) => l.trimEnd());

/** Serialized HTML's highlight marks and note marks, as clips find them. */
export const HIGHLIGHT_ATTR_HTML = new RegExp(` ${MARK.highlight}="\\d+"`, 'g');
export const NOTE_MARK_HTML = new RegExp(`<sup ${MARK.note}="(\\d+)">\\d+</sup>`, 'g');

/** The highlights as plain lines, for the formats without marks (text, citations): “quote” and the note. */
export const plainNotes = (notes: readonly ClipNote[]): string[] => notes.map((n) => `“${n.quote}”${n.note ? ' ' + n.note : ''}`);
