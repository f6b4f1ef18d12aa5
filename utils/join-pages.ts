/**
 * Whole articles: the following pages of a multi-page article (utils/extract/find-pages.ts),
 * each read with the same pipeline by a loader the caller gives (the content script in the
 * browser, files or fetches on the command line), joined to the first page's record.
 * Only pages of the first page's own site are read; at most MAX_PAGES in all.
 */
import { mergeCredits, type Article, type JoinedPages, type Removal } from './article';
import { normKey } from './extract/blocks';
import { MAX_PAGES } from './extract/find-pages';
import { MARK, REMOVED_MARKER_HTML } from './extract/marks';
import { articleImages, articleText } from './extract/serialize';
import { sanitizeInPlace, sanitizeToFragment } from './sanitize';
import { detectScript } from './script-detect';

/** The name under which the browser's page content script leaves its page reader (entrypoints/pages.content.ts). */
export const PAGE_READER = 'qingduReadPage';

export interface LoadedPage {
  page: number;
  url: string;
  article: Article;
}
export interface Followed {
  loaded: LoadedPage[];
  total: number;
  failed?: JoinedPages['failed'];
  ended?: JoinedPages['ended'];
  capped?: boolean;
}
/** Reads one following page (a promise in the browser and over the network, at once from a file). */
export type PageLoader = (url: string) => Article | Promise<Article>;
export type Progress = (page: number, total: number) => void;

const origin = (u: string): string | null => {
  try {
    return new URL(u).origin;
  } catch {
    return null;
  }
};

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * Reads the pages after `first`, in order, until the pager ends, a page fails (the rest are not
 * tried: the record says which failed and why) or MAX_PAGES. A page's own pager adds the pages
 * the first one's did not show (1 2 3 … 10).
 */
export async function followPages(first: Article, load: PageLoader, progress?: Progress): Promise<Followed> {
  const pages = first.pages;
  const out: Followed = { loaded: [], total: pages?.total ?? 1 };
  if (!pages) return out;
  const home = origin(first.url);
  const queue = [...pages.next];
  const seen = new Set([first.url]);
  let page = pages.number;
  for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
    if (seen.has(url) || origin(url) !== home || home === null) continue;
    seen.add(url);
    if (out.loaded.length + 1 >= MAX_PAGES) {
      out.capped = true;
      break;
    }
    page++;
    progress?.(page, Math.max(out.total, page));
    let article: Article;
    try {
      article = await load(url);
    } catch (e) {
      out.failed = { page, url, error: message(e) };
      break;
    }
    if (!article.text.trim()) {
      out.failed = { page, url, error: 'no article text on this page' };
      break;
    }
    // A pager that leads elsewhere ends the article here: the next chapter of a book (another
    // title), or the same article again (a pager of its comments).
    const ended = endsArticle(first, out.loaded, article);
    if (ended) {
      out.ended = { page, url, why: ended };
      out.total = page - 1;
      break;
    }
    out.loaded.push({ page, url, article });
    out.total = Math.max(out.total, page, article.pages?.total ?? 0);
    for (const u of article.pages?.next ?? []) if (!seen.has(u) && !queue.includes(u)) queue.push(u);
  }
  return out;
}

// A page title may carry its number: 标题(2), 标题（二）, 标题 第2页, Title - Page 2.
const PAGE_IN_TITLE = /[(（［[]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）］\]]\s*$|[-_—|·\s]*(?:第\s*\d{1,2}\s*[页頁]|page\s*\d{1,2})\s*$/i;
const titleKey = (t: string): string => normKey(t.replace(PAGE_IN_TITLE, ''));
// A following page whose paragraphs are this share new or more is a page of its own.
const MIN_NEW_SHARE = 0.2;

/** Why `page` is not the next page of `first`'s article, or null when it is. */
function endsArticle(first: Article, loaded: LoadedPage[], page: Article): 'another-title' | 'same-text' | null {
  if (first.title && page.title && titleKey(first.title) !== titleKey(page.title)) return 'another-title';
  const seen = new Set([first, ...loaded.map((l) => l.article)].flatMap((a) => a.text.split('\n\n').map(normKey)));
  const paragraphs = page.text.split('\n\n').map(normKey);
  const all = paragraphs.reduce((n, p) => n + p.length, 0);
  const fresh = paragraphs.filter((p) => !seen.has(p)).reduce((n, p) => n + p.length, 0);
  return all && fresh / all < MIN_NEW_SHARE ? 'same-text' : null;
}

// Blocks compared across pages: a page's repeated header, lead or credit line is dropped.
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre';
// Shorter lines (一、 （完）) may repeat honestly.
const MIN_REPEAT_CHARS = 4;

const removalKey = (r: Removal): string => `${r.pass}\n${r.text}`;

/** The keys of the blocks in `root`, for finding a later page's repeats. */
const keysOf = (root: Element): string[] => [...root.querySelectorAll(BLOCKS)].map((el) => normKey(el.textContent ?? ''));

/**
 * `first` with the followed pages joined: each after a rule marked with its number, removal
 * markers renumbered, blocks an earlier page already has removed (and listed, restorable),
 * credits, bylines and images merged, text and script read again from the joined body.
 */
export function joinPages(first: Article, followed: Followed, win: Window): Article {
  const out: Article = {
    ...first,
    byline: [...first.byline],
    credits: first.credits.map((c) => ({ role: c.role, names: [...c.names] })),
    removals: [...first.removals],
  };
  const doc = win.document;
  const root = doc.createElement('div');
  root.append(sanitizeToFragment(first.html, win));
  const seen = new Set([normKey(first.title), ...keysOf(root)]);
  for (const { page, article } of followed.loaded) {
    // The page's removals join the list, renumbered; one the list already has (the same pager,
    // credit line or prompt on every page) is not listed again, and its marker goes.
    const listed = new Set(out.removals.map(removalKey));
    const index = article.removals.map((r) => {
      if (listed.has(removalKey(r))) return null;
      listed.add(removalKey(r));
      return out.removals.push(r) - 1;
    });
    const html = article.html.replace(REMOVED_MARKER_HTML, (m) => {
      const i = index[Number(/\d+/.exec(m)![0])];
      return i === null || i === undefined ? '' : m.replace(/\d+/, String(i));
    });
    const part = doc.createElement('div');
    part.append(sanitizeToFragment(html, win));
    for (const el of [...part.querySelectorAll(BLOCKS)]) {
      const key = normKey(el.textContent ?? '');
      if (key.length < MIN_REPEAT_CHARS || !seen.has(key) || el.querySelector(BLOCKS)) continue;
      const removal: Removal = {
        pass: 'join-pages',
        reason: `repeated on page ${page}`,
        text: (el.textContent ?? '').trim().slice(0, 200),
        html: el.outerHTML,
      };
      if (listed.has(removalKey(removal))) {
        el.remove(); // listed already, from an earlier page
        continue;
      }
      listed.add(removalKey(removal));
      const marker = doc.createElement('span');
      marker.setAttribute(MARK.removed, String(out.removals.push(removal) - 1));
      el.replaceWith(marker);
    }
    for (const k of keysOf(part)) seen.add(k);
    const rule = doc.createElement('hr');
    rule.setAttribute(MARK.page, String(page));
    root.append(rule, ...part.childNodes);
    mergeCredits(out.credits, article.credits);
    for (const name of article.byline) if (!out.byline.includes(name)) out.byline.push(name);
  }
  out.text = articleText(root);
  const known = new Set<string>();
  out.images = articleImages(root, first.url).filter((img) => !known.has(img.src) && known.add(img.src));
  out.script = detectScript(`${out.title}\n${out.text}`).script;
  out.html = sanitizeInPlace(root, win); // sanitized pages and our rules: serialized by the one module that may
  out.joined = {
    pages: 1 + followed.loaded.length,
    total: followed.total,
    ...(followed.failed && { failed: followed.failed }),
    ...(followed.ended && { ended: followed.ended }),
    ...(followed.capped && { capped: true }),
  };
  return out;
}
