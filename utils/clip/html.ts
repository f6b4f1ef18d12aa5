import type { Article } from '../article';
import { REMOVED_MARKER_HTML } from '../extract/marks';
import { sanitizeHtml, sanitizeToFragment } from '../sanitize';
import { type ClipContext, displayDate, escapeHtml } from './context';
import { safeUrl } from './escape';

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
${withImages(a, c).replace(REMOVED_MARKER_HTML, '')}
${credits ? `<footer class="credits">${credits}</footer>\n` : ''}</article></body>
</html>`;
}
