/**
 * Clips of an article for researchers: Markdown, plain text, HTML and citations. The article
 * comes in the script the reader chose (convert it first with utils/convert/convert-article).
 */
import type { Article } from '../article';
import { bibtexClip, cslClip, risClip } from './citation';
import type { ClipContext } from './context';
import { htmlClip } from './html';
import { bundled, gatherImages, imageUrls, inlined, markdownBundle, type ImageReader, type LostImage } from './images';
import { markdownClip } from './markdown';
import { templateFileName } from './template';
import { textClip } from './text';

export type { ClipContext } from './context';
export const CLIP_FORMATS = ['md', 'text', 'html', 'csl', 'bibtex', 'ris'] as const;
export type ClipFormat = (typeof CLIP_FORMATS)[number];

const TYPES: Record<ClipFormat, { ext: string; mime: string; make: (a: Article, c: ClipContext) => string | Promise<string> }> = {
  md: { ext: 'md', mime: 'text/markdown', make: markdownClip },
  text: { ext: 'txt', mime: 'text/plain', make: textClip },
  html: { ext: 'html', mime: 'text/html', make: htmlClip },
  csl: { ext: 'json', mime: 'application/vnd.citationstyles.csl+json', make: cslClip },
  bibtex: { ext: 'bib', mime: 'application/x-bibtex', make: bibtexClip },
  ris: { ext: 'ris', mime: 'application/x-research-info-systems', make: risClip },
};

export interface Clip {
  content: string;
  filename: string;
  mime: string;
}

/** The clip's file name without extension: the template's, else the date and title. */
export const clipName = (a: Article, c: Pick<ClipContext, 'template' | 'target' | 'clippedAt'>): string =>
  c.template ? templateFileName(c.template, a, { script: c.target, clippedAt: c.clippedAt }) : clipFilename(a, 'md').replace(/\.md$/, '');

/** A file name from the date and title: no characters file systems refuse, at most 80. */
export function clipFilename(a: Article, ext: string): string {
  const day = a.publishedTime?.slice(0, 10);
  const title = Array.from(a.title || 'article', (ch) => (ch < ' ' || '\\/:*?"<>|'.includes(ch) ? ' ' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${day ? day + ' ' : ''}${title}.${ext}`;
}

export async function makeClip(a: Article, format: ClipFormat, c: ClipContext): Promise<Clip> {
  const t = TYPES[format];
  return { content: await t.make(a, c), filename: `${clipName(a, c)}.${t.ext}`, mime: t.mime };
}

/** A clip that keeps its images: self-contained HTML, or Markdown with its images in a .zip. */
export interface ImageClip {
  content: string | Uint8Array;
  filename: string;
  mime: string;
  /** How many images the clip holds. */
  kept: number;
  /** The images that stay links, and why. */
  lost: LostImage[];
}

export const IMAGE_FORMATS = ['md', 'html'] as const satisfies readonly ClipFormat[];
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

/** How many images a clip with images would try to keep. */
export const imageCount = (a: Article, win: Window): number => imageUrls(a.html, a.url, win).length;

export async function makeClipWithImages(a: Article, format: ImageFormat, c: ClipContext, read: ImageReader): Promise<ImageClip> {
  const { kept, lost } = await gatherImages(imageUrls(a.html, a.url, c.window), read);
  if (format === 'html') {
    const clip = await makeClip(a, 'html', { ...c, images: inlined(kept) });
    return { ...clip, kept: kept.length, lost };
  }
  const markdown = await markdownClip(a, { ...c, images: bundled(kept) });
  const name = clipName(a, c);
  return { content: markdownBundle(name, markdown, kept), filename: `${name}.zip`, mime: 'application/zip', kept: kept.length, lost };
}
