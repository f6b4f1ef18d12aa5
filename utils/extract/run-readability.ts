import { Readability } from '@mozilla/readability';
import type { Pass } from './context';

/**
 * Readability in the middle of the pipeline. `serializer: el => el` keeps its output as
 * a DOM for the passes after it. When a site rule marked the body, Readability sees a
 * document holding only the headline and that body.
 */
export const runReadability: Pass = {
  name: 'run-readability',
  run(ctx) {
    const { doc } = ctx;
    const marked = doc.querySelector('[data-qd-content]');
    if (marked) {
      const h1 = doc.querySelector('h1');
      const keep = [h1, marked].filter((n): n is Element => !!n);
      doc.body.replaceChildren(...keep);
    }
    const reader = new Readability<Element>(doc, {
      serializer: (el) => el as Element,
      charThreshold: 100,
      keepClasses: false,
    });
    const result = reader.parse();
    if (!result?.content) {
      ctx.found = false;
      return;
    }
    ctx.found = true;
    ctx.root = result.content;
    unwrapStrayCells(ctx.root);
    if (!ctx.meta.byline.length && result.byline) ctx.meta.byline = [result.byline.trim()];
    if (!ctx.meta.title && result.title) ctx.meta.title = result.title;
  },
};

/** Readability may keep a <td> whose table it dropped (fixture cn-jiaozuo-legacy); make it a <div>. */
function unwrapStrayCells(root: Element): void {
  for (const cell of Array.from(root.querySelectorAll('td, th, tr, tbody, thead, tfoot'))) {
    if (cell.closest('table')) continue;
    const div = cell.ownerDocument.createElement('div');
    div.append(...Array.from(cell.childNodes));
    cell.replaceWith(div);
  }
}
