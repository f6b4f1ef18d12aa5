import { describe, expect, it } from 'vitest';
import { unwrapEmbeddedPosts } from '../../utils/extract/unwrap-embedded-posts';
import { pageContext } from '../helpers/dom';

const TWEET =
  '<blockquote class="twitter-tweet"><p>on. meth. dot. com.</p>— Mike (@mike) <a href="https://twitter.com/x/status/1">November 18, 2019</a></blockquote>';

describe('unwrap-embedded-posts', () => {
  it('takes a quoted post out of the boxes that hold only it', () => {
    const ctx = pageContext(`<div class="story"><p>Text.</p><div class="social-media-embed"><div class="inner">${TWEET}<script></script></div></div></div>`);
    unwrapEmbeddedPosts.run(ctx);
    expect(ctx.doc.querySelector('.social-media-embed, .inner')).toBeNull();
    expect(ctx.doc.querySelector('blockquote.twitter-tweet')?.parentElement?.className).toBe('story');
  });
  it('leaves a box that holds other text', () => {
    const ctx = pageContext(`<div class="social-box"><p>Share this story</p>${TWEET}</div>`);
    unwrapEmbeddedPosts.run(ctx);
    expect(ctx.doc.querySelector('.social-box')).not.toBeNull();
  });
});
