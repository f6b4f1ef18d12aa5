import type { Article } from '../utils/article';

const escape = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A standalone HTML document of the article; `article.html` is already sanitized. */
export function renderHtmlDocument(a: Article): string {
  const meta = [a.source || a.siteName, a.publishedTime ?? '', a.byline.join('、')].filter(Boolean).map(escape).join(' · ');
  return `<!DOCTYPE html>
<html lang="${escape(a.lang)}">
<head><meta charset="utf-8"><title>${escape(a.title)}</title>
<link rel="canonical" href="${escape(a.url)}"></head>
<body><article>
<h1>${escape(a.title)}</h1>
<p class="meta">${meta}</p>
${a.html}
</article></body>
</html>`;
}
