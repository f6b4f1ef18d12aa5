import { textOf } from './blocks';
import type { PagePass } from './context';

// A caption is short: a figure with more text than this is not just a photo.
const MAX_CAPTION = 300;

/**
 * A photo with at most its caption: a <figure> holding one image. (A box of an avatar and a
 * byline is not one: Readability reads the byline where it stands, AEB lhpat-tm.)
 */
function isLeadFigure(el: Element): boolean {
  return el.tagName === 'FIGURE' && el.getElementsByTagName('img').length === 1 && textOf(el).length <= MAX_CAPTION && !el.getElementsByTagName('p').length;
}

/** The element before `el` that shows something (empty boxes passed over). */
function previousShown(el: Element): Element | null {
  let prev = el.previousElementSibling;
  while (prev && !textOf(prev) && !prev.getElementsByTagName('img').length && prev.tagName !== 'IMG') prev = prev.previousElementSibling;
  return prev;
}

/**
 * The lead photo standing right above the article's body, outside the box that holds the
 * paragraphs (a figure and its caption over div.story): moved into that box, so Readability,
 * which takes the box, keeps the photo with it (unseen en-small-town, sg-zaobao). Only one, and
 * only a photo with at most a caption.
 */
export const adoptLeadFigure: PagePass = {
  name: 'adopt-lead-figure',
  phase: 'page',
  reads: ['bodyHint'],
  writes: [],
  runsOn: 'pages',
  risky: true,
  run(ctx) {
    const body = ctx.bodyHint;
    if (!body || body === ctx.page || !ctx.page.contains(body)) return;
    // The body's own first child may be the box, or the body the first child of a box.
    const anchor = !previousShown(body) && body.parentElement && body.parentElement !== ctx.page ? body.parentElement : body;
    const figure = previousShown(anchor);
    if (!figure || !isLeadFigure(figure)) return;
    body.prepend(figure);
  },
};
