import { textOf } from './blocks';
import type { PagePass } from './context';

// A caption is short: a figure with more text than this is not just a photo.
const MAX_CAPTION = 300;

/**
 * A photo with at most its caption: a <figure> holding one image. (A box of an avatar and a
 * byline is not one: Readability reads the byline where it stands, AEB lhpat-tm.) Or a video
 * player's box: one <video> and at most its caption or loading text (show-videos shows it).
 */
function isLeadFigure(el: Element): boolean {
  if (textOf(el).length > MAX_CAPTION || el.getElementsByTagName('p').length) return false;
  const videos = el.tagName === 'VIDEO' ? 1 : el.getElementsByTagName('video').length;
  if (videos) return videos === 1 && !el.getElementsByTagName('img').length;
  return el.tagName === 'FIGURE' && el.getElementsByTagName('img').length === 1;
}

const shows = (el: Element): boolean => !!textOf(el) || el.tagName === 'IMG' || el.tagName === 'VIDEO' || !!el.querySelector('img, video');

/** The element before `el` that shows something (empty boxes passed over). */
function previousShown(el: Element): Element | null {
  let prev = el.previousElementSibling;
  while (prev && !shows(prev)) prev = prev.previousElementSibling;
  return prev;
}

/**
 * The lead photo standing right above the article's body, outside the box that holds the
 * paragraphs (a figure and its caption over div.story): moved into that box, so Readability,
 * which takes the box, keeps the photo with it (unseen en-small-town, sg-zaobao). Only one, and
 * only a photo with at most a caption, or a video player (unseen cn-video-placeholder).
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
