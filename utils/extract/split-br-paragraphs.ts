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
      // Rebuilt in a fragment, in order: each node moved is then its parent's first child.
      // Inserting before a sibling costs jsdom a walk to it (148 s for a 36,000-line page).
      const out = doc.createDocumentFragment();
      let run: Node[] = [];
      const flush = (): void => {
        if (run.some((n) => n.textContent!.trim() || (n.nodeType === 1 && (n as Element).querySelector('img')) || (n as Element).tagName === 'IMG')) {
          const p = out.appendChild(doc.createElement('p'));
          run.forEach((n) => p.appendChild(n));
        } else run.forEach((n) => out.appendChild(n));
        run = [];
      };
      for (const n of childNodesOf(el)) {
        const tag = n.nodeType === 1 ? (n as Element).tagName : '';
        if (tag === 'BR') {
          flush();
          el.removeChild(n);
        } else if (BLOCK_TAGS.has(tag)) {
          flush();
          out.appendChild(n);
        } else run.push(n);
      }
      flush();
      el.appendChild(out);
    }
  },
};
