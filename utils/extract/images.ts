/** What the passes know about images: placeholders, spacers and broken addresses. */
import { hasLiveMark, MARK } from './marks';

// A src that is a stand-in, not the picture: empty, a tiny data URI, a loading or blank gif.
const PLACEHOLDER =
  /^(?:data:image\/(?:gif|png|svg\+xml)[;,]|about:blank$)|(?:^|\/)(?:blank|spacer|loading|lazy|placeholder|grey|gray|transparent|pixel|1x1|s)\.(?:gif|png|jpg|svg)(?:\?|$)/i;
const SPACER_NAME = /(?:^|\/)(?:spacer|blank|pixel|clear|dot|1x1|trans|transparent|space|s)\.(?:gif|png)(?:\?|$)/i;

export function isPlaceholderSrc(src: string | null): boolean {
  return !src || !src.trim() || (PLACEHOLDER.test(src.trim()) && src.length < 400);
}

function px(v: string | null): number | null {
  if (v === null) return null;
  const n = parseFloat(v);
  return Number.isFinite(n) ? n : null;
}

/**
 * Why an image is broken or a spacer, or null for a real image. Evidence, strongest first:
 * the live page saw it fail to load or render tiny (live-signals.ts, valid with this run's
 * `token`), no usable src, a size of 0 or 1-2 px, a spacer file name.
 */
export function brokenImageReason(img: Element, pageUrl: string, token?: string): string | null {
  // Live evidence is about the placeholder when resolve-lazy-images swapped in the real address.
  const live = !img.hasAttribute(MARK.lazy);
  if (live && hasLiveMark(img, MARK.broken, token)) return 'failed to load on the page';
  if (live && hasLiveMark(img, MARK.spacer, token)) return 'spacer (rendered 2 px or less)';
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
