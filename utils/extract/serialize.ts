import type { ArticleImage } from '../article';
import { childElements, childNodesOf, isBlock } from './blocks';

// An inline element holding blocks (<span><p>…</p></span>, as Readability leaves <font>) is a container.
// (Walked, not queried: a selector of 40 tags per inline element cost 2 ms a page in jsdom.)
function holdsBlocks(el: Element): boolean {
  if (isBlock(el)) return true;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (holdsBlocks(c)) return true;
  return false;
}

/** A node's text as read: <br> is a line break, scripts and styles are not text. */
export function inline(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  if (el.tagName === 'BR') return '\n';
  if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(el.tagName)) return '';
  return childNodesOf(el).map(inline).join('');
}

const tidy = (s: string): string =>
  s
    .split('\n')
    .map((l) => l.replace(/[ \t\r\f\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');

/** Plain text of an article: one paragraph per block, blank lines between; data-table rows as tab-separated lines. */
export function articleText(root: Element): string {
  return paragraphs(root).join('\n\n');
}

function paragraphs(root: Element): string[] {
  const paras: string[] = [];
  const walk = (el: Element): void => {
    // A table without nested tables is data: one line per row. A layout table is walked as containers.
    if (el.tagName === 'TABLE' && !el.querySelector('table')) {
      const caption = el.querySelector('caption');
      if (caption && tidy(inline(caption))) paras.push(tidy(inline(caption)));
      const rows = Array.from(el.querySelectorAll('tr'))
        .map((tr) =>
          childElements(tr)
            .map((c) => paragraphs(c).join(' ').replace(/\n/g, ' '))
            .join('\t')
            .trim(),
        )
        .filter(Boolean);
      if (rows.length) paras.push(rows.join('\n'));
      return;
    }
    let run = '';
    const flush = (): void => {
      const t = tidy(run);
      if (t) paras.push(t);
      run = '';
    };
    for (const child of childNodesOf(el)) {
      if (child.nodeType === 1 && holdsBlocks(child as Element)) {
        flush();
        walk(child as Element);
      } else run += inline(child);
    }
    flush();
  };
  walk(root);
  return paras;
}

export function articleImages(root: Element, baseUrl: string): ArticleImage[] {
  return Array.from(root.querySelectorAll('img'))
    .filter((img) => img.getAttribute('src'))
    .map((img) => {
      let src = img.getAttribute('src')!;
      try {
        src = new URL(src, baseUrl).href;
      } catch {
        // Kept as written.
      }
      const caption = img.closest('figure')?.querySelector('figcaption')?.textContent?.trim() ?? '';
      return { src, alt: img.getAttribute('alt')?.trim() ?? '', caption };
    });
}
