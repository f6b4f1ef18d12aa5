import type { PagePass } from './context';
import { isPlaceholderSrc } from './images';
import { MARK } from './marks';

// Attributes lazy loaders keep the real address in, most specific first.
// `file`/`zoomfile` are Discuz's; data-actualsrc is Zhihu's; data-original is jQuery lazyload's.
const LAZY_ATTRS = ['data-src', 'data-original', 'data-actualsrc', 'data-lazy-src', 'data-lazyload', 'data-echo', 'data-url', 'zoomfile', 'file'];

/** Put the real address of lazily loaded images into `src`, so later passes judge real images. */
export const resolveLazyImages: PagePass = {
  name: 'resolve-lazy-images',
  phase: 'page',
  reads: ['scan'],
  writes: ['marks.lazy'],
  runsOn: 'both',
  run(ctx) {
    for (const img of ctx.scan.images) {
      if (!isPlaceholderSrc(img.getAttribute('src'))) continue;
      const real = LAZY_ATTRS.map((a) => img.getAttribute(a)?.trim()).find((v) => v && !isPlaceholderSrc(v));
      if (real) {
        img.setAttribute('src', real);
        img.setAttribute(MARK.lazy, '1');
      }
    }
  },
};
