import type { Article } from '../article';
import { REMOVED_MARKER_HTML } from '../extract/marks';
import { sanitizeHtml, sanitizeToFragment } from '../sanitize';
import { type ClipContext, displayDate, escapeHtml } from './context';
import { safeUrl, withoutControls } from './escape';
import { HIGHLIGHT_ATTR_HTML, NOTE_MARK_HTML, noteLines, type ClipNote } from './highlights';

/** The article's HTML with its kept images embedded (their srcset dropped: it would name the site's copies). */
function withImages(a: Article, c: ClipContext): string {
  if (!c.images?.size) return a.html;
  const holder = c.window.document.createElement('div');
  holder.append(sanitizeToFragment(a.html, c.window));
  for (const img of holder.querySelectorAll('img[src]')) {
    const kept = c.images.get(safeUrl(img.getAttribute('src')!, a.url) ?? '');
    if (!kept) continue;
    img.setAttribute('src', kept);
    img.removeAttribute('srcset');
  }
  return sanitizeHtml(holder, c.window);
}

/** The body's highlight marks as plain <mark>, and each note mark as a link to its note. */
const withNoteLinks = (html: string): string =>
  html
    .replace(HIGHLIGHT_ATTR_HTML, '')
    .replace(NOTE_MARK_HTML, (_m, n: string) => `<sup class="note-ref"><a href="#note-${n}" id="note-ref-${n}">${n}</a></sup>`);

/** The notes, numbered as their links; a highlight the article no longer holds with its quote. */
function notesHtml(notes: readonly ClipNote[]): string {
  const items = notes
    .filter((n) => n.n)
    .map((n) => {
      const quote = n.placed ? '' : `<blockquote><mark>${escapeHtml(withoutControls(n.quote))}</mark></blockquote>`;
      const note = n.note ? `<p>${noteLines(withoutControls(n.note)).map(escapeHtml).join('<br>')}</p>` : '';
      const back = n.placed ? ` <a href="#note-ref-${n.n}" aria-label="↩">↩</a>` : '';
      return `<li id="note-${n.n}" value="${n.n}">${quote}${note}${back}</li>`;
    });
  return items.length ? `<section class="notes"><ol>\n${items.join('\n')}\n</ol></section>\n` : '';
}

/** A standalone HTML document of the article; `article.html` is already sanitized. With `c.images`, self-contained. */
export function htmlClip(a: Article, c: ClipContext): string {
  const meta = [a.source || a.siteName, displayDate(a.publishedTime), a.byline.join('、')].filter(Boolean).map(escapeHtml).join(' · ');
  const credits = a.credits.map((cr) => `${escapeHtml(cr.role)}：${cr.names.map(escapeHtml).join('、')}`).join('　');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(a.lang)}">
<head><meta charset="utf-8"><title>${escapeHtml(a.title)}</title>
<link rel="canonical" href="${escapeHtml(a.url)}">
<meta name="generator" content="清讀 Qingdu"><meta name="qingdu:clipped" content="${escapeHtml(c.clippedAt)}"></head>
<body><article>
<h1>${escapeHtml(a.title)}</h1>
<p class="meta">${meta}</p>
${withNoteLinks(withImages(a, c).replace(REMOVED_MARKER_HTML, ''))}
${notesHtml(c.notes ?? [])}${credits ? `<footer class="credits">${credits}</footer>\n` : ''}</article></body>
</html>`;
}
