import { childNodesOf } from './blocks';
import { Readability } from '@mozilla/readability';
import { type PagePass } from './context';
import { splitNames } from './meta/byline';

/**
 * Readability in the middle of the pipeline. `serializer: el => el` keeps its output as
 * a DOM for the passes after it. When a site rule or narrow-huge-page chose the body
 * (`ctx.content`), Readability sees a document holding only the headline and that body.
 */
export const runReadability: PagePass = {
  name: 'run-readability',
  phase: 'page',
  reads: ['content', 'meta', 'meta.byline'],
  writes: ['article', 'meta', 'meta.byline'],
  runsOn: 'pages',
  run(ctx) {
    const { doc } = ctx;
    const marked = ctx.content;
    // Only a body inside <body> narrows anything (the text may stand straight in <body>).
    if (marked?.isConnected && doc.body && marked !== doc.body && doc.body.contains(marked)) {
      const h1 = doc.querySelector('h1');
      const keep = [h1 && !marked.contains(h1) && !h1.contains(marked) ? h1 : null, marked].filter((n): n is Element => !!n);
      doc.body.replaceChildren(...keep);
    }
    // Readability's default charThreshold (500) stays: below it Readability retries with
    // looser rules, and a lower one let it settle for cookie banners on AEB pages. Short
    // Chinese articles still come out: it returns its best attempt when none reaches 500.
    const reader = new Readability<Element>(doc, { serializer: (el) => el as Element, keepClasses: false });
    const result = reader.parse();
    if (!result?.content) return;
    ctx.article = result.content;
    repairTables(ctx.article);
    // Readability's byline is whatever a class named author holds: split and checked like ours.
    if (!ctx.meta.byline.length && result.byline) ctx.meta.byline = splitNames(result.byline);
    if (!ctx.meta.title && result.title) ctx.meta.title = result.title;
  },
};

/**
 * Readability may return part of a table: a <td> whose table it dropped (fixture
 * cn-jiaozuo-legacy), or rows whose <table> stayed behind when its top candidate was a
 * <tbody> (zh-cwced data tables). Rows go back into a table; lone cells become <div>s.
 */
export function repairTables(root: Element): void {
  const doc = root.ownerDocument;
  for (const group of Array.from(root.querySelectorAll('tbody, thead, tfoot, tr'))) {
    if (group.parentElement?.closest('table, tbody, thead, tfoot, tr') || group.closest('table')) continue;
    const table = doc.createElement('table');
    group.replaceWith(table);
    table.append(group);
  }
  // Consecutive orphan rows (now each in its own table) are one table again.
  for (const table of Array.from(root.querySelectorAll('table'))) {
    let next = table.nextElementSibling;
    while (next?.tagName === 'TABLE' && next.childElementCount === 1 && next.firstElementChild!.tagName === 'TR' && table.lastElementChild?.tagName === 'TR') {
      const row = next.firstElementChild!;
      next.remove();
      table.append(row);
      next = table.nextElementSibling;
    }
  }
  for (const cell of Array.from(root.querySelectorAll('td, th'))) {
    if (cell.closest('tr')) continue;
    const div = doc.createElement('div');
    div.append(...childNodesOf(cell));
    cell.replaceWith(div);
  }
}
