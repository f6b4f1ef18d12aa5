/**
 * Images kept with a clip, so it outlives the site's CDN: gathered once (by whoever can read
 * them: the page's own tab in the browser, files or a WARC on the command line), checked to be
 * images by their bytes, capped in size, then embedded as `data:` URIs in an HTML clip or
 * written beside the Markdown in a `.zip` bundle. An image that could not be kept stays a link
 * to the site, and the caller is told which and why.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { sanitizeToFragment } from '../sanitize';
import { safeUrl } from './escape';
import { IMAGE_LIMITS, ImageError, type ImageReader, type LostImage } from './image-limits';

export { IMAGE_LIMITS, ImageError, tooLarge, type ImageReader, type LostImage } from './image-limits';

export interface KeptImage {
  /** The image's address as the article names it (absolute). */
  url: string;
  type: ImageType;
  bytes: Uint8Array;
}

export interface GatheredImages {
  kept: KeptImage[];
  lost: LostImage[];
}

// The raster types every sanitizer rule and viewer accepts as a data: URI (no SVG: it is a document).
const SIGNATURES: [ImageType, (b: Uint8Array) => boolean][] = [
  ['image/jpeg', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  ['image/png', (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47],
  ['image/gif', (b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38],
  ['image/webp', (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP'],
  ['image/avif', (b) => ascii(b, 4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(b, 8, 12))],
  ['image/bmp', (b) => b[0] === 0x42 && b[1] === 0x4d],
];
export type ImageType = 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp' | 'image/avif' | 'image/bmp';
const EXT: Record<ImageType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/bmp': 'bmp',
};

function ascii(b: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...b.subarray(from, to));
}

/** The image's type by its bytes (a server's word is not enough: an error page comes as 200 too). */
export function imageType(bytes: Uint8Array): ImageType | null {
  return SIGNATURES.find(([, test]) => test(bytes))?.[0] ?? null;
}

/** The absolute http(s) addresses of the article's images, in order, each once. */
export function imageUrls(html: string, base: string, win: Window): string[] {
  const urls = new Set<string>();
  for (const img of sanitizeToFragment(html, win).querySelectorAll('img[src]')) {
    const url = safeUrl(img.getAttribute('src')!, base);
    if (url && /^https?:/.test(url)) urls.add(url);
  }
  return [...urls];
}

/** Reads the images, a few at a time, within IMAGE_LIMITS; never throws. */
export async function gatherImages(urls: readonly string[], read: ImageReader, limits = IMAGE_LIMITS): Promise<GatheredImages> {
  const results: (KeptImage | LostImage)[] = new Array<KeptImage | LostImage>(urls.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < urls.length; i = next++) {
      const url = urls[i]!;
      try {
        const { bytes } = await read(url);
        const type = imageType(bytes);
        if (bytes.length > limits.each) results[i] = { url, code: 'too-large', reason: `over ${limits.each / 2 ** 20} MB` };
        else if (!type) results[i] = { url, code: 'not-image', reason: 'not an image' };
        else results[i] = { url, type, bytes };
      } catch (e) {
        results[i] = { url, code: e instanceof ImageError ? e.code : 'other', reason: e instanceof Error ? e.message : String(e) };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limits.parallel, urls.length) }, worker));
  // The total is counted in the article's order, so which images are kept does not depend on timing.
  const kept: KeptImage[] = [];
  const lost: LostImage[] = [];
  let total = 0;
  for (const r of results) {
    if ('reason' in r) lost.push(r);
    else if (total + r.bytes.length > limits.total)
      lost.push({ url: r.url, code: 'total', reason: `the clip's images would pass ${limits.total / 2 ** 20} MB` });
    else {
      total += r.bytes.length;
      kept.push(r);
    }
  }
  return { kept, lost };
}

/** An image as a data: URI. */
export function dataUri(img: KeptImage): string {
  let binary = '';
  for (let i = 0; i < img.bytes.length; i += 0x8000) binary += String.fromCharCode(...img.bytes.subarray(i, i + 0x8000));
  return `data:${img.type};base64,${btoa(binary)}`;
}

/** What each kept image becomes in an HTML clip: its data: URI. */
export const inlined = (kept: readonly KeptImage[]): Map<string, string> => new Map(kept.map((img) => [img.url, dataUri(img)]));

/** The bundle's file of each kept image: images/01.jpg, images/02.png, … in the article's order. */
export const bundled = (kept: readonly KeptImage[]): Map<string, string> =>
  new Map(kept.map((img, i) => [img.url, `images/${String(i + 1).padStart(2, '0')}.${EXT[img.type]}`]));

/** A Markdown bundle: `<name>.md` and its images under images/ (stored, not recompressed: they are compressed already). */
export function markdownBundle(name: string, markdown: string, kept: readonly KeptImage[]): Uint8Array {
  const files: Zippable = { [`${name}.md`]: strToU8(markdown) };
  const names = bundled(kept);
  for (const img of kept) files[names.get(img.url)!] = [img.bytes, { level: 0 }];
  return zipSync(files, { level: 6 });
}
