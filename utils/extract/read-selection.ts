import { resetBlocks, type PagePass } from './context';
import { rescan } from './page-scan';

/**
 * "Clip selection": after the metadata has been read from the whole page, the page's body is
 * replaced by what the user selected, and the cleaning passes run on that alone (Readability
 * does not: the user already chose the content). Does nothing without a selection.
 */
export const readSelection: PagePass = {
  name: 'read-selection',
  phase: 'page',
  reads: ['selection'],
  writes: ['article', 'scan'],
  runsOn: 'selections',
  run(ctx) {
    if (!ctx.selection) return;
    ctx.page.replaceChildren(ctx.doc.importNode(ctx.selection, true));
    ctx.article = ctx.page;
    resetBlocks(ctx);
    ctx.scan = rescan(ctx.page, ctx.token);
  },
};
