/**
 * The Article record: the one thing that crosses a process boundary (content script ->
 * extension pages, CLI -> stdout). Serializable, versioned. See ../shared/DESIGN.md.
 */
export const ARTICLE_VERSION = 1;

export type Script = 'hans' | 'hant' | 'mixed' | 'none';

export interface Credit {
  /** Role without inner spaces, as the page writes it: 責編, 审核, 總值班 … */
  role: string;
  names: string[];
}

export interface Removal {
  /** Name of the pass that removed it (see utils/extract/index.ts). */
  pass: string;
  reason: string;
  /** The removed text (or `[image] src` for images), shortened for display. */
  text: string;
  /** Sanitized HTML of the removed block, so the reader can restore it. */
  html?: string;
}

export interface DetectionSignal {
  name: string;
  weight: number;
  detail?: string;
}

export interface Detection {
  isArticle: boolean;
  score: number;
  signals: DetectionSignal[];
}

export interface ArticleImage {
  src: string;
  alt: string;
  caption: string;
}

/**
 * Why a page is not an article, as codes a view can put in its own language: no text, too
 * little evidence, an empty selection, or what the page looks like instead (the detector's
 * signals against an article).
 */
export type ReasonCode = 'no-text' | 'weak-evidence' | 'empty-selection' | 'link-list' | 'gallery' | 'login-form' | 'video-player';

/** The pager of an article split over pages (utils/extract/find-pages.ts). */
export interface PageLinks {
  /** This page's number, from 1. */
  number: number;
  /** How many pages the pager shows or states. */
  total: number;
  /** Addresses of the following pages, in order, on this page's site. */
  next: string[];
}

/** What joining the following pages gave (utils/join-pages.ts). */
export interface JoinedPages {
  /** Pages in the record, this one included. */
  pages: number;
  /** Pages the pager promised. */
  total: number;
  /** The first page that could not be read, and why; the pages after it were not tried. */
  failed?: { page: number; url: string; error: string };
  /**
   * The pager went on to a page that is not this article's (another title: a book's next
   * chapter; the same text again: a pager of the comments). `total` is then the pages joined.
   */
  ended?: { page: number; url: string; why: 'another-title' | 'same-text' };
  /** Stopped at the page limit (utils/extract/find-pages.ts MAX_PAGES). */
  capped?: boolean;
}

export interface Article {
  version: number;
  isArticle: boolean;
  /** Why this is not an article (only when isArticle is false), in English (command line, records). */
  reason?: string;
  /** The same, as codes (only when isArticle is false). */
  reasonCodes?: ReasonCode[];
  title: string;
  byline: string[];
  /** ISO 8601; with the page's offset when it is known (+08:00 for Chinese sites). */
  publishedTime: string | null;
  siteName: string;
  /** 來源 / 来源: the publication the page credits as the origin. */
  source: string;
  url: string;
  lang: string;
  script: Script;
  /** Sanitized article HTML. */
  html: string;
  /** Paragraphs separated by blank lines. */
  text: string;
  images: ArticleImage[];
  credits: Credit[];
  removals: Removal[];
  detection: Detection;
  /** Milliseconds per pass, plus `total`. */
  timings: Record<string, number>;
  /**
   * Set when the first cleaning lost the article and a gentler one was kept instead
   * (utils/extract/keep-article.ts): what was lost, a copy's twin or the page's body. The
   * views say so ("cleaned less than usual: …"); `removals` and `detection` say it in words.
   */
  cleanedLess?: 'copy' | 'body';
  /** The page's pager, when the article goes on over other pages. */
  pages?: PageLinks;
  /** Set once the following pages were joined to this record. */
  joined?: JoinedPages;
}

export function emptyArticle(url: string): Article {
  return {
    version: ARTICLE_VERSION,
    isArticle: false,
    title: '',
    byline: [],
    publishedTime: null,
    siteName: '',
    source: '',
    url,
    lang: 'und',
    script: 'none',
    html: '',
    text: '',
    images: [],
    credits: [],
    removals: [],
    detection: { isArticle: false, score: 0, signals: [] },
    timings: {},
  };
}

/** Merge credits, keeping first-seen order and never repeating a name under a role. */
export function mergeCredits(into: Credit[], add: Credit[]): Credit[] {
  for (const c of add) {
    const same = into.find((x) => x.role === c.role);
    if (!same) into.push({ role: c.role, names: [...new Set(c.names)] });
    else for (const n of c.names) if (!same.names.includes(n)) same.names.push(n);
  }
  return into;
}
