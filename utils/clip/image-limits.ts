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

export interface LostImage {
  url: string;
  /** Why it stays a link, in a few words (HTTP 403, not an image, over 10 MB, …). */
  reason: string;
}

/** Reads an image's bytes, or throws with a short reason. `type` is what the server declared. */
export type ImageReader = (url: string) => Promise<{ bytes: Uint8Array; type?: string | null }>;
