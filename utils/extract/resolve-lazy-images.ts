import type { Pass } from './context';

// Attributes lazy loaders keep the real address in, most specific first.
// `file`/`zoomfile` are Discuz's; data-actualsrc is Zhihu's; data-original is jQuery lazyload's.
const LAZY_ATTRS = ['data-src', 'data-original', 'data-actualsrc', 'data-lazy-src', 'data-lazyload', 'data-echo', 'data-url', 'zoomfile', 'file'];
// A src that is a stand-in, not the picture: empty, a tiny data URI, a loading or blank gif.
const PLACEHOLDER =
  /^(?:data:image\/(?:gif|png|svg\+xml)[;,]|about:blank$)|(?:^|\/)(?:blank|spacer|loading|lazy|placeholder|grey|gray|transparent|pixel|1x1|s)\.(?:gif|png|jpg|svg)(?:\?|$)/i;

export function isPlaceholderSrc(src: string | null): boolean {
  return !src || !src.trim() || (PLACEHOLDER.test(src.trim()) && src.length < 400);
}

/** Put the real address of lazily loaded images into `src`, so later passes judge real images. */
export const resolveLazyImages: Pass = {
  name: 'resolve-lazy-images',
  run(ctx) {
    for (const img of Array.from(ctx.root.querySelectorAll('img'))) {
      if (!isPlaceholderSrc(img.getAttribute('src'))) continue;
      const real = LAZY_ATTRS.map((a) => img.getAttribute(a)?.trim()).find((v) => v && !isPlaceholderSrc(v));
      if (real) {
        img.setAttribute('src', real);
        img.setAttribute('data-qd-lazy', '1');
      }
    }
  },
};
