import { childNodesOf, textOf } from './blocks';
import type { Pass } from './context';

// Posts the article quotes, as the platforms' embed code writes them.
const EMBEDS = 'blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed, blockquote.reddit-embed-bq';
// Wrappers looked through, at most: a template's embed box is one to three boxes deep.
const MAX_WRAPPERS = 3;

/**
 * A quoted post is the article's (AEB's human truth keeps every one), but templates wrap it in
 * boxes named for what they are (`div.social-media-embed`), and Readability drops "social"
 * boxes as share bars (fixture en-local-news; nj.com lost four of five tweets). Boxes that hold
 * nothing but the post are unwrapped, so the post stands among the paragraphs.
 */
export const unwrapEmbeddedPosts: Pass = {
  name: 'unwrap-embedded-posts',
  run(ctx) {
    for (const post of Array.from(ctx.root.querySelectorAll(EMBEDS))) {
      const own = textOf(post);
      for (let i = 0; i < MAX_WRAPPERS; i++) {
        const box = post.parentElement;
        if (!box || box === ctx.root || box.tagName === 'P' || textOf(box) !== own) break;
        box.replaceWith(...childNodesOf(box));
      }
    }
  },
};
