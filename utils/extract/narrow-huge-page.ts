import { resetBlocks, type PagePass } from './context';

// Real article pages have a few thousand elements; pages far beyond this are comment
// threads, live blogs or endless lists. Readability's cost on them is superlinear (a 10 MB
// page of 180,000 elements took 22 s and 1.6 GB on top of jsdom's 0.7 GB; bench:robust).
export const HUGE_PAGE_ELEMENTS = 20_000;

/**
 * On a huge page, read only the article body the detector found (and the headline), after
 * the metadata has been read from the whole page. A huge page without a body (a list) is
 * not read at all: the record says so instead of spending gigabytes on it.
 */
export const narrowHugePage: PagePass = {
  name: 'narrow-huge-page',
  phase: 'page',
  reads: ['bodyHint'],
  writes: ['content'],
  runsOn: 'pages',
  run(ctx) {
    const body = ctx.page;
    const count = body.getElementsByTagName('*').length;
    if (count <= HUGE_PAGE_ELEMENTS) return;
    const hint = ctx.bodyHint?.isConnected ? ctx.bodyHint : null;
    // The text stands straight in <body> (a novel's 36,000 lines; the detector may name <html>): the page is its body.
    if (hint?.contains(body)) {
      ctx.removals.push({ pass: 'narrow-huge-page', reason: `page of ${count} elements: read as one article body`, text: '' });
      ctx.content = body;
      return;
    }
    const main = hint && body.contains(hint) ? hint : null;
    const h1 = main ? body.querySelector('h1') : null;
    const keep = [h1 && !main!.contains(h1) ? h1 : null, main].filter((n): n is Element => !!n);
    // Detach what is kept, record the rest as one removal, then clear the page.
    for (const el of keep) el.remove();
    const reason = main ? `page of ${count} elements: only its article body was read` : `page of ${count} elements and no article body: not read`;
    ctx.removals.push({ pass: 'narrow-huge-page', reason, text: '' });
    body.replaceChildren(...keep);
    resetBlocks(ctx);
    if (main) ctx.content = main;
  },
};
