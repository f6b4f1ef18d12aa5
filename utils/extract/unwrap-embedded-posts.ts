import { childNodesOf, textOf } from './blocks';
import type { PagePass } from './context';

// Posts the article quotes, as the platforms' embed code writes them (blockquotes of these classes).
const EMBEDS = new Set(['twitter-tweet', 'instagram-media', 'tiktok-embed', 'reddit-embed-bq']);

const isEmbed = (quote: Element): boolean => Array.from(quote.classList).some((c) => EMBEDS.has(c));
// Wrappers looked through, at most: a template's embed box is one to three boxes deep.
const MAX_WRAPPERS = 3;

/**
 * A quoted post is the article's (AEB's human truth keeps every one), but templates wrap it in
 * boxes named for what they are (`div.social-media-embed`), and Readability drops "social"
 * boxes as share bars (fixture en-local-news; nj.com lost four of five tweets). Boxes that hold
 * nothing but the post are unwrapped, so the post stands among the paragraphs.
 */
export const unwrapEmbeddedPosts: PagePass = {
  name: 'unwrap-embedded-posts',
  phase: 'page',
  reads: ['scan'],
  writes: [],
  runsOn: 'both',
  run(ctx) {
    for (const post of ctx.scan.blockquotes.filter(isEmbed)) {
      const own = textOf(post);
      for (let i = 0; i < MAX_WRAPPERS; i++) {
        const box = post.parentElement;
        if (!box || box === ctx.page || box.tagName === 'P' || textOf(box) !== own) break;
        box.replaceWith(...childNodesOf(box));
      }
    }
  },
};
