import { pruneEmptyAncestors } from './blocks';
import { removeNode, type Pass } from './context';
import { isPlaceholderSrc } from './resolve-lazy-images';

const SPACER_NAME = /(?:^|\/)(?:spacer|blank|pixel|clear|dot|1x1|trans|transparent|space|s)\.(?:gif|png)(?:\?|$)/i;

function px(v: string | null): number | null {
  if (v === null) return null;
  const n = parseFloat(v);
  return Number.isFinite(n) ? n : null;
}

/**
 * Why an image is broken or a spacer, or null for a real image. Evidence, strongest first:
 * the live page saw it fail to load or render tiny (live-signals.ts), no usable src, a size
 * of 0 or 1-2 px, a spacer file name.
 */
export function brokenImageReason(img: Element, pageUrl: string): string | null {
  // Live evidence is about the placeholder when resolve-lazy-images swapped in the real address.
  const live = !img.hasAttribute('data-qd-lazy');
  if (live && img.getAttribute('data-qd-broken') === '1') return 'failed to load on the page';
  if (live && img.getAttribute('data-qd-spacer') === '1') return 'spacer (rendered 2 px or less)';
  const src = img.getAttribute('src');
  if (!src?.trim()) return 'no image address';
  if (isPlaceholderSrc(src)) return 'placeholder or spacer image';
  try {
    const abs = new URL(src, pageUrl);
    if (abs.href === new URL(pageUrl).href) return 'address is the page itself';
    if (!/^(https?|data|file):$/.test(abs.protocol)) return 'not an image address';
  } catch {
    return 'invalid image address';
  }
  const w = px(img.getAttribute('width'));
  const h = px(img.getAttribute('height'));
  if ((w !== null && w <= 2) || (h !== null && h <= 2)) return 'spacer (declared 2 px or less)';
  if (SPACER_NAME.test(src)) return 'spacer image';
  return null;
}

/** Removes broken and spacer images; real photos and their captions stay. */
export const dropBrokenImages: Pass = {
  name: 'drop-broken-images',
  run(ctx) {
    for (const img of Array.from(ctx.root.querySelectorAll('img'))) {
      const reason = brokenImageReason(img, ctx.url);
      if (!reason) continue;
      const parent = img.parentElement;
      removeNode(ctx, 'drop-broken-images', reason, img);
      pruneEmptyAncestors(parent, ctx.root);
    }
  },
};
