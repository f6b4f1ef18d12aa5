/**
 * The pager of an article split over several pages (上一页 1 2 3 下一页, 第1页/共3页, Next page):
 * which page this is, how many there are, and the addresses of the following ones. Read on the
 * page before any pass removes the pager. Structure, not phrases, decides: a pager's link goes
 * to the same address family as this page (the same path with a page number added or changed:
 * content_1.htm → content_1_2.htm, 123.html → 123-2.html, /slug/ → /slug/2/, ?id=9 → ?id=9&page=2)
 * and reads as a page number or "next page". A link to another article never matches.
 */
import type { PageLinks } from '../article';

/** Pages followed at most, this one included. */
export const MAX_PAGES = 20;
// A page number in an address has one or two digits: content_123.htm is an article's id, not page 123.
const URL_NUMBER = '(\\d{1,2})';

// Query parameters that carry a page number.
const PAGE_PARAMS = /^(?:page|p|pg|pn|pageno|page_no|pagenum|pagenumber|pageindex|curpage|currentpage|paged|pi)$/i;
// Link texts that mean "the next page", in either script and in English; never 下一篇 (the next article).
const NEXT_TEXT = /^[<>«»‹›\s]*(?:下一?[页頁]|下页|下頁|[后後]一?[页頁]|next(?:\s+page)?|›|»|>|>>)[<>«»‹›\s]*$/i;
// A page number as a pager writes it: 2, [2], 第2页.
const NUMBER_TEXT = /^[[(（【]?\s*(?:第\s*)?(\d{1,3})\s*(?:[页頁])?\s*[\])）】]?$/;
// 共3页, 第1页/共3页, 1/3页, Page 1 of 3.
const TOTAL_TEXT = /共\s*(\d{1,3})\s*[页頁]|\d{1,3}\s*\/\s*(\d{1,3})\s*[页頁]|page\s+\d{1,3}\s+of\s+(\d{1,3})/i;

// The box a pager's links sit in (an <li>'s list, not the <li>).
const PAGER_BOX = 'div, ul, ol, p, td, nav, center, section';

/** An address as a family (the address without its page number) and that number, if it has one. */
interface Paged {
  family: string;
  number: number | null;
}

/** The family and page number of `u`: a page query parameter, a -N/_N before the extension, or a last /N/ segment. */
function paged(u: URL): Paged[] {
  const out: Paged[] = [];
  const base = `${u.origin}${u.pathname}`;
  const params = [...u.searchParams].sort(([a], [b]) => a.localeCompare(b));
  const query = (skip: string | null): string =>
    params
      .filter(([k]) => k !== skip)
      .map(([k, v]) => `${k}=${v}`)
      .join('&');
  for (const [k, v] of params) if (PAGE_PARAMS.test(k) && new RegExp(`^${URL_NUMBER}$`).test(v)) out.push({ family: `${base}?${query(k)}`, number: Number(v) });
  const rest = `?${query(null)}`;
  const file = new RegExp(`^(.*?)[_-]${URL_NUMBER}(\\.[a-z]{2,5})$`, 'i').exec(u.pathname);
  if (file) out.push({ family: `${u.origin}${file[1]}${file[3]}${rest}`, number: Number(file[2]) });
  const dir = new RegExp(`^(.*/)${URL_NUMBER}/?$`).exec(u.pathname);
  if (dir) out.push({ family: `${u.origin}${dir[1]}${rest}`, number: Number(dir[2]) });
  // No page number: the address is its own family's first page.
  out.push({ family: `${u.origin}${u.pathname}${rest}`, number: null });
  return out;
}

/**
 * The page number `link` has in `page`'s family, or null when it is not one of its pages: a
 * reading of `link` shares a family with a reading of `page`, one of them numbered (an address
 * read without a number is its family's first page).
 */
function numberIn(page: URL, link: URL): number | null {
  if (page.origin !== link.origin) return null;
  const mine = paged(page);
  for (const l of paged(link)) for (const m of mine) if (l.family === m.family && (l.number ?? m.number) !== null) return l.number ?? 1;
  return null;
}

const strip = (u: URL): string => `${u.origin}${u.pathname}${u.search}`;

function parse(href: string, base: string): URL | null {
  try {
    const u = new URL(href, base);
    return /^(?:https?|file):$/.test(u.protocol) ? u : null;
  } catch {
    return null;
  }
}

/** The pager of `doc` (at `url`), or undefined when the page has none. */
export function findPages(doc: Document, url: string): PageLinks | undefined {
  const here = parse(url, url);
  if (!here) return undefined;
  const byNumber = new Map<number, string>();
  const nextLinks: string[] = [];
  let pager: Element | null = null; // a link of the pager
  const candidates = [...doc.querySelectorAll('a[href], link[rel~="next"][href]')];
  for (const a of candidates) {
    // What the link says first (cheap): only a page number or "next page" can be a pager's.
    const isNext = a.tagName === 'LINK' || !!a.getAttribute('rel')?.split(/\s+/).includes('next');
    const text = a.tagName === 'LINK' ? '' : (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    const shown = Number(NUMBER_TEXT.exec(text)?.[1] ?? 0);
    if (!shown && !isNext && !NEXT_TEXT.test(text)) continue;
    const target = parse(a.getAttribute('href')!, url);
    const inUrl = target && strip(target) !== strip(here) ? numberIn(here, target) : null;
    if (inUrl === null) continue;
    // The number shown is the address's, or one more (TRS counts its second page _1).
    if (shown >= 1 && shown - inUrl >= 0 && shown - inUrl <= 1) {
      if (!byNumber.has(shown)) byNumber.set(shown, strip(target!));
      pager ??= a;
    } else if (!shown || isNext) {
      nextLinks.push(strip(target!));
      if (a.tagName !== 'LINK') pager ??= a;
    }
  }
  if (!byNumber.size && !nextLinks.length) return undefined;
  // "Next page" alone (a pager that shows no numbers): it is the page after this one.
  const after = nextLinks.find((u) => ![...byNumber.values()].includes(u));
  // This page's number: the first one the pager does not link to (it shows it as plain text),
  // or, with no numbers shown, the one before the next page's.
  let number = 1;
  if (byNumber.size) while (byNumber.has(number)) number++;
  else if (after) number = Math.max(1, (numberIn(here, new URL(after)) ?? 2) - 1);
  const urls = [...byNumber]
    .filter(([n]) => n > number)
    .sort(([a], [b]) => a - b)
    .map(([, u]) => u);
  if (after && !byNumber.has(number + 1)) urls.unshift(after);
  if (!urls.length) return undefined;
  // 共3页 in the pager's own box, never in the article's text.
  const stated = TOTAL_TEXT.exec(pager?.closest(PAGER_BOX)?.textContent ?? '');
  const total = Math.max(number + urls.length, Number(stated?.[1] ?? stated?.[2] ?? stated?.[3] ?? 0), ...byNumber.keys());
  return { number, total, next: urls.slice(0, MAX_PAGES - 1) };
}
