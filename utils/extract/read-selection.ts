import type { Pass } from './context';

/**
 * "Clip selection": after the metadata has been read from the whole page, the page's body is
 * replaced by what the user selected, and the cleaning passes run on that alone (Readability
 * does not: the user already chose the content). Does nothing without a selection.
 */
export const readSelection: Pass = {
  name: 'read-selection',
  run(ctx) {
    if (!ctx.selection) return;
    const body = ctx.doc.body ?? ctx.doc.documentElement;
    body.replaceChildren(ctx.doc.importNode(ctx.selection, true));
    ctx.root = body;
    ctx.found = true;
  },
};
