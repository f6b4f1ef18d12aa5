import { BLOCK_TAGS, childNodesOf } from './blocks';
import type { Pass } from './context';

// Containers whose loose text is wrapped; a <p> with <br>s is a paragraph with line breaks
// (poems, addresses) and stays as it is.
const CONTAINERS = new Set(['DIV', 'TD', 'TH', 'FONT', 'SECTION', 'ARTICLE', 'CENTER', 'BODY', 'MAIN', 'BLOCKQUOTE', 'SPAN', 'LI', 'DD']);

function hasLooseText(el: Element): boolean {
  let brs = 0;
  let blocks = 0;
  let text = false;
  for (const n of childNodesOf(el)) {
    if (n.nodeType === 3 && n.textContent!.trim()) text = true;
    else if (n.nodeType === 1) {
      const tag = (n as Element).tagName;
      if (tag === 'BR') brs++;
      else if (BLOCK_TAGS.has(tag)) blocks++;
    }
  }
  return text && (brs > 0 || blocks > 0);
}

/**
 * Many Chinese CMSs write paragraphs as `\u3000\u3000text<br>` (full-width spaces) runs inside a <font> or <td>
 * (fixture cn-jiaozuo-legacy). Wrap each run between <br>s and blocks into its own <p>,
 * so every later pass sees one paragraph per line.
 */
export const splitBrParagraphs: Pass = {
  name: 'split-br-paragraphs',
  run(ctx) {
    const doc = ctx.doc;
    const targets = Array.from(ctx.root.querySelectorAll('*')).filter((el) => CONTAINERS.has(el.tagName) && hasLooseText(el));
    if (CONTAINERS.has(ctx.root.tagName) && hasLooseText(ctx.root)) targets.push(ctx.root);
    for (const el of targets) {
      if (el.tagName === 'SPAN' && el.closest('p')) continue;
      let run: Node[] = [];
      const flush = (before: Node | null): void => {
        if (run.some((n) => n.textContent!.trim() || (n.nodeType === 1 && (n as Element).querySelector('img')) || (n as Element).tagName === 'IMG')) {
          const p = doc.createElement('p');
          el.insertBefore(p, before);
          run.forEach((n) => p.appendChild(n));
        }
        run = [];
      };
      for (const n of childNodesOf(el)) {
        const tag = n.nodeType === 1 ? (n as Element).tagName : '';
        if (tag === 'BR') {
          flush(n);
          n.parentNode!.removeChild(n);
        } else if (BLOCK_TAGS.has(tag)) flush(n);
        else run.push(n);
      }
      flush(null);
    }
  },
};
