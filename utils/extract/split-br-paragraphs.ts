import { BLOCK_TAGS, childNodesOf } from './blocks';
import type { PagePass } from './context';

/**
 * Many Chinese CMSs write paragraphs as `\u3000\u3000text<br>` (full-width spaces) runs inside a <font> or <td>
 * (fixture cn-jiaozuo-legacy). Wrap each run between <br>s and blocks into its own <p>,
 * so every later pass sees one paragraph per line. The containers are those the page scan
 * found with loose text (page-scan.ts).
 */
export const splitBrParagraphs: PagePass = {
  name: 'split-br-paragraphs',
  phase: 'page',
  reads: ['scan'],
  writes: [],
  runsOn: 'both',
  run(ctx) {
    const doc = ctx.doc;
    for (const el of ctx.scan.looseText) {
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
