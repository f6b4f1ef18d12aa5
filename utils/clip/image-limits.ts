/**
 * What keeping a clip's images is bound by, and the shapes its readers share: small, so the
 * popup can hold it without the zip code (utils/clip/images.ts loads when a clip is made).
 */
export const IMAGE_LIMITS = {
  /** Bytes of one image: a news photo is far smaller; a larger one stays a link. */
  each: 10 * 1024 * 1024,
  /** Bytes of all of a clip's images. */
  total: 50 * 1024 * 1024,
  /** Images read at once. */
  parallel: 4,
} as const;

/** Why an image stays a link, as a view can word it: too large, past the clip's total, not an image, no access, or the site's own answer. */
export type LostCode = 'too-large' | 'total' | 'not-image' | 'no-access' | 'other';

export interface LostImage {
  url: string;
  code: LostCode;
  /** The same in a few English words (HTTP 403, not an image, over 10 MB, …): the command line says it. */
  reason: string;
}

/** A reader's refusal with its code (a plain Error counts as `other`: the site's HTTP status, a network error). */
export class ImageError extends Error {
  constructor(
    readonly code: LostCode,
    message: string,
  ) {
    super(message);
  }
}

/** An image over IMAGE_LIMITS.each. */
export const tooLarge = (): ImageError => new ImageError('too-large', `over ${IMAGE_LIMITS.each / 2 ** 20} MB`);

/** Reads an image's bytes, or throws with a short reason. `type` is what the server declared. */
export type ImageReader = (url: string) => Promise<{ bytes: Uint8Array; type?: string | null }>;
